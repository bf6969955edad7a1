import { describe, expect, it } from 'vitest';
import { formatDay, formatTime, formatWhen, languageName } from './pageFormat.ts';

// 12 March 2026, 10:00–11:30 in Norway (UTC+1).
const start = '2026-03-12T09:00:00.000Z';
const end = '2026-03-12T10:30:00.000Z';

describe("dates on the participant's page", () => {
  it('uses the page language with the Gregorian calendar, Western digits and the 24-hour clock', () => {
    expect(formatDay('2026-03-12', 'nb', true)).toBe('12. mars 2026');
    expect(formatDay('2026-03-12', 'ar', true)).toMatch(/^12 مارس 2026$/u);
    // Dari: Gregorian months (not the Solar Hijri calendar), Western digits.
    const dari = formatDay('2026-03-12', 'prs', true);
    expect(dari).toContain('2026');
    expect(dari).toMatch(/\p{Script=Arabic}/u);
    expect(formatTime(start, 'ar', true)).toBe('10:00');
    expect(formatTime(start, 'en', true)).toBe('10:00');
  });

  it('falls back to the shipped Tigrinya and Somali names when the browser has none', () => {
    expect(formatDay('2026-03-12', 'ti', false)).toBe('12 መጋቢት 2026');
    expect(formatDay('2026-03-12', 'so', false)).toBe('12 Maarso 2026');
    expect(formatWhen(start, end, 'ti', false)).toBe('ሓሙስ፡ 12 መጋቢት 2026, \u206610:00\u2060–\u206011:30\u2069');
    expect(formatWhen(start, end, 'so', false)).toBe('Khamiis, 12 Maarso 2026, \u206610:00\u2060–\u206011:30\u2069');
    // A language without shipped names gets plain numbers, never another language's words.
    expect(formatDay('2026-03-12', 'uk', false)).toBe('12.03.2026');
  });

  it('keeps the time span left to right inside right-to-left text', () => {
    const when = formatWhen(start, end, 'ar', true);
    expect(when).toContain('\u206610:00\u2060–\u206011:30\u2069');
    expect(when).toContain('، ');
  });

  it('names the interpreter language in the page language, or in itself when the browser cannot', () => {
    expect(languageName('ar', 'nb', true)).toBe('arabisk');
    expect(languageName('ti', 'ti', false)).toMatch(/\p{Script=Ethiopic}/u);
    expect(languageName('xx-unknown', 'nb', true)).toBe('xx-unknown');
  });
});
