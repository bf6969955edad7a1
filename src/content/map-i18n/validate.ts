/**
 * Checks one language file of the map (`<lang>.json`) against the source catalogue: the format, every key and no
 * other, placeholders, `[[…]]` markers, the language's own script, and no Norwegian left outside the markers.
 * Returns the problems as sentences (empty when the file is fine); the content test prints them.
 */
import { isValidIsoDate } from '../../domain/dates.ts';
import {
  NORWEGIAN_MARKER, PLACEHOLDER, expectedKeys, pluralBase, type SourceCatalogue, type TranslatedMapLanguage,
} from './model.ts';

const LATIN = /[A-Za-z\u00C0-\u024F]/u;
/** What may stand in Latin letters in any language: the CEFR levels, the product's name. */
const ALLOWED_LATIN = /\b(?:A1|A2|B1|B2|C1|Veivalg)\b/gu;

/** Letters of the language's own script (letters only; digits and punctuation are shared). */
const scriptOf: Record<TranslatedMapLanguage, RegExp> = {
  uk: /\p{Script=Cyrillic}/u,
  ru: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
  prs: /\p{Script=Arabic}/u,
  ti: /\p{Script=Ethiopic}/u,
  so: /\p{Script=Latin}/u,
};
/** Letters that must not appear at all in the language, anywhere in the file (outside `[[…]]`). */
const foreignLetters: Record<TranslatedMapLanguage, { pattern: RegExp; why: string }> = {
  uk: { pattern: /[ыэъё]/iu, why: 'Russian letters (ы э ъ ё) in Ukrainian' },
  ru: { pattern: /[іїєґ]/iu, why: 'Ukrainian letters (і ї є ґ) in Russian' },
  ar: { pattern: /[\u06CC\u06A9\u067E\u0686\u0698\u06AF]/u, why: 'Persian letters (ی ک پ چ ژ گ) in Arabic' },
  prs: { pattern: /[\u064A\u0643]/u, why: 'Arabic ي or ك in Dari (write ی and ک)' },
  ti: { pattern: /\p{Script=Arabic}|\p{Script=Cyrillic}/u, why: 'Arabic or Cyrillic letters in Tigrinya' },
  so: { pattern: /[æøåÆØÅ]|\p{Script=Arabic}|\p{Script=Cyrillic}|\p{Script=Ethiopic}/u, why: 'æ, ø, å or a non-Latin script in Somali' },
};

/**
 * Common Norwegian words that are no words of Somali (the one Latin-script language, where the script alone does
 * not show Norwegian left behind). Checked in every language outside `[[…]]`.
 */
const NORWEGIAN_WORDS = [
  'og', 'ikke', 'eller', 'som', 'det', 'med', 'til', 'fra', 'på', 'av', 'skal', 'må', 'ved', 'også', 'hvis', 'etter',
  'mellom', 'kommunen', 'fylkeskommunen', 'opplæring', 'opplæringen', 'tilbud', 'tilbudet', 'utdanning', 'arbeid',
  'stønad', 'deg', 'dere', 'hva', 'hvordan', 'hvem', 'norsk', 'kan', 'har', 'du', 'er', 'for', 'om',
];
/** Somali words that look like a Norwegian word in the list above; not counted as Norwegian in Somali. */
const SOMALI_HOMOGRAPHS = new Set(['kan', 'du', 'er', 'for', 'om', 'har', 'til', 'av']);

const placeholders = (text: string) => (text.match(PLACEHOLDER) ?? []).map((p) => p.replace(/\s/gu, '')).sort();
const withoutMarkup = (text: string) => text.replace(NORWEGIAN_MARKER, ' ').replace(PLACEHOLDER, ' ');

export function validateMapTranslation(language: TranslatedMapLanguage, file: unknown, source: SourceCatalogue): string[] {
  const problems: string[] = [];
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return ['the file is not a JSON object'];
  const f = file as Record<string, unknown>;
  const extraFields = Object.keys(f).filter((k) => !['status', 'reviewedBy', 'reviewedAt', 'texts'].includes(k));
  if (extraFields.length) problems.push(`unknown fields: ${extraFields.join(', ')}`);
  if (f.status === 'draft') {
    if (f.reviewedBy !== null || f.reviewedAt !== null) problems.push('a draft has reviewedBy and reviewedAt null');
  } else if (f.status === 'reviewed') {
    if (typeof f.reviewedBy !== 'string' || f.reviewedBy.trim() === '') problems.push('reviewed needs reviewedBy (name or role of the translator)');
    if (typeof f.reviewedAt !== 'string' || !isValidIsoDate(f.reviewedAt)) problems.push('reviewed needs reviewedAt as YYYY-MM-DD');
  } else {
    problems.push('status must be "draft" or "reviewed"');
  }
  if (typeof f.texts !== 'object' || f.texts === null || Array.isArray(f.texts)) return [...problems, 'texts must be an object'];
  const texts = f.texts as Record<string, unknown>;

  const expected = expectedKeys(Object.keys(source), language);
  const missing = expected.filter((k) => !(k in texts));
  const extra = Object.keys(texts).filter((k) => !expected.includes(k));
  if (missing.length) problems.push(`${missing.length} missing keys: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}`);
  if (extra.length) problems.push(`unknown keys: ${extra.slice(0, 20).join(', ')}${extra.length > 20 ? ', …' : ''}`);

  const foreign = foreignLetters[language];
  for (const [key, value] of Object.entries(texts)) {
    if (!expected.includes(key)) continue;
    const base = pluralBase(key);
    const nb = (source[key] ?? (base === null ? undefined : source[`${base}_other`]))?.nb ?? '';
    const en = (source[key] ?? (base === null ? undefined : source[`${base}_other`]))?.en ?? '';
    const at = `${key}:`;
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${at} must be a non-empty text`);
      continue;
    }
    if (value !== value.trim() || /\s{2,}|[<>]/u.test(value)) problems.push(`${at} extra spaces or markup`);

    // Placeholders: the same ones as the Norwegian text. A plural form for one, two or zero may say the number in words.
    const want = placeholders(nb);
    const got = placeholders(value);
    const optionalCount = base !== null && !key.endsWith('_other') && !key.endsWith('_few') && !key.endsWith('_many');
    const comparable = (list: string[]) => (optionalCount ? list.filter((p) => p !== '{{count}}') : list).join(' ');
    if (comparable(want) !== comparable(got)) problems.push(`${at} placeholders ${got.join(' ') || 'none'} instead of ${want.join(' ') || 'none'}`);

    // Norwegian names and terms: only inside [[…]], short, and words of this key's Norwegian text.
    const open = (value.match(/\[\[/gu) ?? []).length;
    const close = (value.match(/\]\]/gu) ?? []).length;
    const markers = [...value.matchAll(NORWEGIAN_MARKER)].map((m) => m[1] ?? '');
    if (open !== close || open !== markers.length) problems.push(`${at} unbalanced [[ ]]`);
    for (const term of markers) {
      if (term.trim().split(/\s+/u).length > 4) problems.push(`${at} [[${term}]] is too long for a name or term`);
      if (!nb.toLowerCase().includes(term.trim().toLowerCase())) problems.push(`${at} [[${term}]] is not in the Norwegian text`);
    }

    // Script: the language's own letters, Latin only inside markers (and the levels and the product name).
    const plain = withoutMarkup(value).replace(ALLOWED_LATIN, ' ');
    if (language !== 'so' && LATIN.test(plain)) problems.push(`${at} Latin letters outside [[ ]]: ${value.slice(0, 80)}`);
    if (/\p{L}/u.test(plain) && !scriptOf[language].test(plain)) problems.push(`${at} not written in the language's script`);
    if (foreign.pattern.test(plain)) problems.push(`${at} ${foreign.why}`);

    // No Norwegian left: not the Norwegian (or, for Somali, English) sentence itself, no common Norwegian word.
    const words = plain.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    const norwegian = words.filter((w) => NORWEGIAN_WORDS.includes(w) && !(language === 'so' && SOMALI_HOMOGRAPHS.has(w)));
    if (norwegian.length > 0) problems.push(`${at} Norwegian words outside [[ ]]: ${[...new Set(norwegian)].join(', ')}`);
    if (words.length >= 3 && (value === nb || value === en)) problems.push(`${at} is the ${value === nb ? 'Norwegian' : 'English'} text, not a translation`);
  }
  return problems;
}
