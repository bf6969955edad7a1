/**
 * Dates, times and language names on the participant's page, in the page's language.
 *
 * - Gregorian calendar and Western digits in every language (`-u-ca-gregory-nu-latn`): the appointment letter, the
 *   SMS and every Norwegian paper show 12.03.2026 and 10:00, and the texts write numbers that way too. (Without
 *   this, Dari would get the Solar Hijri calendar and Arabic its own digits.) 24-hour clock, as in Norway.
 * - A browser may lack a language's names: Chromium has no Tigrinya or Somali date data and would silently print
 *   English. Then the names shipped in `page-labels.ts` (`calendar`) are used; a language without them gets plain
 *   numbers (12.03.2026), which every reader can read.
 */
import { fillLabel, pageLabels } from '../../../content/info-packages/page-labels.ts';
import { languageInfo, type PageLanguage } from './types.ts';

const OSLO = 'Europe/Oslo';
const localeTags: Record<PageLanguage, string> = { nb: 'nb-NO', en: 'en-GB', uk: 'uk', ru: 'ru', ar: 'ar', ti: 'ti', so: 'so', prs: 'fa-AF' };
const tagOf = (lang: PageLanguage) => `${localeTags[lang]}-u-ca-gregory-nu-latn`;

/** True when this browser really has date names for the language (not a silent fallback to its default). */
export function hasDateData(lang: PageLanguage): boolean {
  const base = localeTags[lang];
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([base]).length === 0) return false;
    const resolved = new Intl.DateTimeFormat(base).resolvedOptions().locale;
    if (resolved.split('-')[0] !== base.split('-')[0]) return false;
    // A locale "supported" with root data only prints month numbers such as "M03".
    const month = new Intl.DateTimeFormat(tagOf(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 15)));
    return !/^M\d/u.test(month);
  } catch {
    return false;
  }
}

/** Year, month (1–12), day, weekday (0 = Sunday), hour and minute of an instant in Norway. */
function osloParts(date: Date) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), weekday, hour: get('hour'), minute: get('minute') };
}

const pad = (n: number) => String(n).padStart(2, '0');

function fallbackDate(date: Date, lang: PageLanguage, withWeekday: boolean): string {
  const p = osloParts(date);
  const calendar = pageLabels[lang].calendar;
  if (!calendar) return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
  const day = fillLabel(calendar.date, { day: p.day, month: calendar.months[p.month - 1] ?? pad(p.month), year: p.year });
  return withWeekday ? fillLabel(calendar.dateWithWeekday, { weekday: calendar.weekdays[p.weekday] ?? '', date: day }) : day;
}

const toDate = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);

/** A calendar day ('2026-03-12' or an instant), e.g. "12. mars 2026", "12 مارس 2026", "12 መጋቢት 2026". */
export function formatDay(iso: string, lang: PageLanguage, hasData = hasDateData(lang)): string {
  const date = toDate(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (!hasData) return fallbackDate(date, lang, false);
  return new Intl.DateTimeFormat(tagOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: OSLO }).format(date);
}

/** 10:00, in Norway. */
export function formatTime(iso: string, lang: PageLanguage, hasData = hasDateData(lang)): string {
  const date = new Date(iso);
  if (!hasData) {
    const p = osloParts(date);
    return `${p.hour}:${p.minute}`;
  }
  return new Intl.DateTimeFormat(tagOf(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: OSLO }).format(date);
}

/** An appointment: weekday, day and time span, e.g. "torsdag 12. mars 2026, 10:00–11:30". */
export function formatWhen(start: string, end: string, lang: PageLanguage, hasData = hasDateData(lang)): string {
  const startDate = new Date(start);
  const day = hasData
    ? new Intl.DateTimeFormat(tagOf(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: OSLO }).format(startDate)
    : fallbackDate(startDate, lang, true);
  // The time span reads left to right in every language (an isolate keeps it so inside Arabic text), and word
  // joiners keep it on one line on a narrow phone.
  const comma = languageInfo[lang].dir === 'rtl' ? '، ' : ', ';
  return `${day}${comma}\u2066${formatTime(start, lang, hasData)}\u2060–\u2060${formatTime(end, lang, hasData)}\u2069`;
}

/**
 * An interpreter's language named in the page's language ("arabisk", "العربية"); where the browser has no names in
 * the page's language, the interpreter's language named in itself (the participant speaks it), else its code.
 */
export function languageName(code: string, lang: PageLanguage, hasData = hasDateData(lang)): string {
  const named = (locale: string) => {
    try {
      if (Intl.DisplayNames.supportedLocalesOf([locale]).length === 0) return undefined;
      const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
      return name && name !== code ? name : undefined;
    } catch {
      return undefined;
    }
  };
  if (hasData) {
    const inPageLanguage = named(localeTags[lang]);
    if (inPageLanguage) return inPageLanguage;
  }
  const known = (Object.keys(languageInfo) as PageLanguage[]).find((l) => l === code || languageInfo[l].htmlLang === code);
  return known ? languageInfo[known].nativeName : named(code) ?? code;
}
