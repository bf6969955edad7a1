import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REQUIRED_EFFECTIVE_FROM, DEFAULT_STALE_AFTER_DAYS, briefCompleteness, briefItemDefinition, checkChecklistConfig,
  defaultChecklistConfig, handoverChecklist, isStale, itemUse, parseBriefField, staleFrom,
} from './handover-checklist.ts';

const def = (key: string) => briefItemDefinition(key)!;

describe('handover checklist', () => {
  it('holds the items of DOMAIN.md § 4, each key once, with labels in both languages', () => {
    expect(handoverChecklist.map((d) => d.key)).toEqual([
      'language', 'dialect', 'literacy', 'schooling', 'education', 'work', 'norwegian', 'programme',
      'health-family', 'wishes', 'adviser-plans', 'practical',
    ]);
    for (const d of handoverChecklist) {
      expect(d.label.nb && d.label.en).toBeTruthy();
      expect(d.fields.length).toBeGreaterThan(0);
      expect(new Set(d.fields.map((f) => f.name)).size).toBe(d.fields.length);
    }
  });

  it('marks only health and family as special category, and never requires it by default', () => {
    expect(handoverChecklist.filter((d) => d.specialCategory).map((d) => d.key)).toEqual(['health-family']);
    expect(handoverChecklist.filter((d) => d.specialCategory && d.defaultRequired)).toEqual([]);
  });

  // Issue 16: the default is what the seeds say a counsellor needs before the conversation (seed 000: "språk og bruk
  // av tolk"; seed 001: "arbeidserfaring og utdanning på forhånd"), not only the language.
  it.each([
    ['language', 'required'], ['dialect', 'needed'], ['literacy', 'needed'], ['schooling', 'required'], ['education', 'required'],
    ['work', 'required'], ['norwegian', 'needed'], ['programme', 'needed'], ['health-family', 'needed'], ['wishes', 'needed'],
    ['adviser-plans', 'needed'], ['practical', 'needed'],
  ] as const)('by default %s is %s', (key, use) => {
    expect(itemUse(defaultChecklistConfig, key)).toBe(use);
  });

  it('a centre that never chose for an item follows the default; its own choice wins', () => {
    const oldCentre = { uses: { dialect: 'not-needed' } as const, staleAfterDays: 120 };
    expect(handoverChecklist.filter((d) => itemUse(oldCentre, d.key) === 'required').map((d) => d.key)).toEqual(['language', 'schooling', 'education', 'work']);
    const chose = { uses: { education: 'needed', work: 'not-needed' } as const, staleAfterDays: 120 };
    expect(handoverChecklist.filter((d) => itemUse(chose, d.key) === 'required').map((d) => d.key)).toEqual(['language', 'schooling']);
    expect(DEFAULT_REQUIRED_EFFECTIVE_FROM).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a centre may require more or drop items', () => {
    const config = { uses: { schooling: 'required', language: 'needed', dialect: 'not-needed' } as const, staleAfterDays: 90 };
    expect(itemUse(config, 'schooling')).toBe('required');
    expect(itemUse(config, 'language')).toBe('needed');
    expect(itemUse(config, 'dialect')).toBe('not-needed');
    expect(itemUse(config, 'wishes')).toBe('needed');
    expect(itemUse(config, 'no-such-item')).toBe('not-needed');
  });

  it('refuses a configuration that names an unknown item or requires a special-category item', () => {
    expect(checkChecklistConfig({ schooling: 'required', 'health-family': 'needed' })).toEqual([]);
    expect(checkChecklistConfig({ 'health-family': 'required', shoeSize: 'needed' })).toEqual([
      { key: 'health-family', problem: 'special-category-required' },
      { key: 'shoeSize', problem: 'unknown-item' },
    ]);
  });
});

describe('brief completeness', () => {
  const config = { uses: { schooling: 'required', norwegian: 'required' } as const, staleAfterDays: DEFAULT_STALE_AFTER_DAYS };

  it('is complete when every required item is answered or explicitly unknown', () => {
    const result = briefCompleteness(config, [
      { key: 'language', answered: true, unknown: false },
      { key: 'schooling', answered: false, unknown: true },
      { key: 'education', answered: true, unknown: false },
      { key: 'work', answered: false, unknown: true },
      { key: 'norwegian', answered: true, unknown: false },
    ]);
    expect(result).toEqual({ complete: true, answered: 5, required: 5, missing: [], filled: 5, items: 12 });
  });

  it('lists the missing required items in checklist order, ignoring optional ones', () => {
    const result = briefCompleteness(config, [
      { key: 'wishes', answered: true, unknown: false },
      { key: 'schooling', answered: false, unknown: false },
    ]);
    expect(result).toEqual({ complete: false, answered: 0, required: 5, missing: ['language', 'schooling', 'education', 'work', 'norwegian'], filled: 1, items: 12 });
  });

  it('is complete with nothing required', () => {
    const none = { uses: { language: 'needed', schooling: 'needed', education: 'needed', work: 'needed' } as const, staleAfterDays: 30 };
    expect(briefCompleteness(none, [])).toEqual({ complete: true, answered: 0, required: 0, missing: [], filled: 0, items: 12 });
  });

  it('counts what is filled of the items the centre uses, so "required done" never reads as "all done"', () => {
    const few = { uses: { dialect: 'not-needed', practical: 'not-needed', schooling: 'needed', education: 'needed', work: 'needed' } as const, staleAfterDays: 30 };
    const result = briefCompleteness(few, [
      { key: 'language', answered: true, unknown: false },
      { key: 'dialect', answered: true, unknown: false }, // not used by this centre: not counted
      { key: 'wishes', answered: false, unknown: true },
    ]);
    expect(result).toMatchObject({ complete: true, answered: 1, required: 1, filled: 2, items: 10 });
  });
});

describe('stale items', () => {
  it('are fresh up to and including the last day, stale the day after', () => {
    expect(isStale('2026-01-01', '2026-06-30', 180)).toBe(false); // 180 days
    expect(isStale('2026-01-01', '2026-07-01', 180)).toBe(true); // 181 days
    expect(staleFrom('2026-01-01', 180)).toBe('2026-07-01');
    expect(isStale('2026-03-01', '2026-03-01', 0)).toBe(false);
    expect(isStale('2026-03-01', '2026-03-02', 0)).toBe(true);
  });
});

describe('item values', () => {
  it('converts text from an import file by field kind', () => {
    const schooling = def('schooling');
    expect(parseBriefField(schooling.fields[0]!, ' 12 ')).toEqual({ value: 12 });
    expect(parseBriefField(schooling.fields[0]!, 'tolv')).toEqual({ error: 'type' });
    expect(parseBriefField(schooling.fields[2]!, 'primary| upper-secondary')).toEqual({ value: ['primary', 'upper-secondary'] });
    expect(parseBriefField(schooling.fields[1]!, ' Syria ')).toEqual({ value: 'Syria' });
  });
});
