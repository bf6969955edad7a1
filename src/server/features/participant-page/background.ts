import type { Background } from '../../../content/info-packages/model.ts';

/**
 * The information package's background from the handover brief's schooling item
 * (src/domain/handover-checklist.ts: { years, country?, completedLevels? }). The highest completed level wins;
 * without levels, no years of school means "no schooling". Anything else is unknown (null): the staff member
 * then picks the background when making the link.
 */
export function backgroundFromSchooling(value: unknown): Background | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { years?: unknown; completedLevels?: unknown };
  const levels = Array.isArray(v.completedLevels) ? v.completedLevels.filter((l): l is string => typeof l === 'string') : [];
  if (levels.includes('higher')) return 'higher';
  if (levels.includes('upper-secondary')) return 'upper-secondary';
  if (levels.includes('primary')) return 'primary';
  // Some primary school without completing it reads the texts written for little or no schooling.
  if (levels.includes('some-primary') || levels.includes('none')) return 'no-schooling';
  if (v.years === 0) return 'no-schooling';
  return null;
}
