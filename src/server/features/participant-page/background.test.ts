import { describe, expect, it } from 'vitest';
import { backgroundFromSchooling } from './background.ts';

describe('background from the handover brief', () => {
  it.each([
    [{ years: 16, completedLevels: ['primary', 'upper-secondary', 'higher'] }, 'higher'],
    [{ years: 12, completedLevels: ['primary', 'upper-secondary'] }, 'upper-secondary'],
    [{ years: 9, completedLevels: ['primary'] }, 'primary'],
    [{ years: 3, completedLevels: ['some-primary'] }, 'no-schooling'],
    [{ years: 0, completedLevels: ['none'] }, 'no-schooling'],
    [{ years: 0 }, 'no-schooling'],
    [{ years: 7 }, null],
    [{ years: 7, completedLevels: [] }, null],
    [null, null],
    ['upper-secondary', null],
  ])('%j → %s', (value, expected) => {
    expect(backgroundFromSchooling(value)).toBe(expected);
  });
});
