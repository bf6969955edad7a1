import i18n, { intlLocale } from './i18n/index.ts';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-04-30' → '30. april 2026' (nb) or '30 April 2026' (en). Dates are calendar dates: no time zone shift. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = isoDatePattern.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(i18n.language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An ISO timestamp in Norwegian time, e.g. '30. april 2026 kl. 14:05'. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(date);
}

/**
 * What the user typed in a date field → what the API expects. Norwegians type 'dd.mm.åååå'; ISO is accepted
 * too. Anything else is passed on unchanged so that the server's field message explains what is wrong.
 */
export function toIsoDate(input: string): string {
  const text = input.trim();
  const norwegian = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (norwegian) {
    return `${norwegian[3]}-${norwegian[2]!.padStart(2, '0')}-${norwegian[1]!.padStart(2, '0')}`;
  }
  return text;
}

/** '2026-04-30' → '30.04.2026', for putting a stored date back into a text field. */
export function toInputDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = isoDatePattern.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}
