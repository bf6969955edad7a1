/**
 * The model of the information packages a participant gets before career guidance (grep 3 in
 * seed 001): what guidance is, their right, the Norwegian education system, recognition and
 * Norwegian levels, in eight languages and differentiated by background.
 *
 * The zod schemas are the single source of truth; `index.ts` parses every language file with
 * them at import, so a broken text stops the build and the tests, never reaches a participant.
 *
 * Conventions for authors and translators:
 * - Norwegian bokmål (`nb.ts`) is the source text. Every other language has exactly the same
 *   sections (ids, topics, backgrounds, pictograms, `forRight`) and the same number of paragraphs.
 * - Plain language: short sentences (≤ 25 words; ≤ 15 in sections a reader with no schooling
 *   sees), one idea per sentence, no abbreviations such as "f.eks." (they also break the
 *   sentence counter).
 * - A Norwegian word the reader will meet (for example «fagbrev») may stay Norwegian in a
 *   translation, but only inside «guillemets», next to the translated explanation.
 * - No personal data and no placeholders: the texts are the same for everyone.
 * - Be honest about translation status: `draft` until a named, qualified person has reviewed
 *   the text; then `reviewed` with `reviewedBy` and `reviewedOn` (see README.md).
 */
import { z } from 'zod';
import { isValidIsoDate } from '../../domain/dates.ts';

/** Languages in display order. `prs` is Dari (ISO 639-3), written in Arabic script, right to left. */
export const infoLanguages = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'prs'] as const;
export const infoLanguageSchema = z.enum(infoLanguages);
export type InfoLanguage = (typeof infoLanguages)[number];

/** The participant's schooling, as the seed suggests: "de uten skolegang, … ungdomsskole, … fullført videregående skole" (+ higher education). */
export const backgrounds = ['no-schooling', 'primary', 'upper-secondary', 'higher'] as const;
export const backgroundSchema = z.enum(backgrounds);
export type Background = (typeof backgrounds)[number];

/** Topics in reading order; `infoPackage()` returns sections in this order. */
export const infoTopics = ['what-is-guidance', 'your-right', 'education-system', 'recognition', 'norwegian-levels'] as const;
export const infoTopicSchema = z.enum(infoTopics);
export type InfoTopic = (typeof infoTopics)[number];

/** The two kinds of right that carry their own section; `none` (or unknown) sees only the general ones. */
export const sectionRights = ['right-and-duty', 'right'] as const;
export type SectionRight = (typeof sectionRights)[number];

export type PictogramKey = string;

const nonEmpty = z.string().trim().min(1);
const isoDate = z.string().refine(isValidIsoDate, { message: 'must be a valid date written YYYY-MM-DD' });

export const infoSectionSchema = z
  .strictObject({
    /** Stable across languages and over time: the web app and saved links may refer to it. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be kebab-case' }),
    topic: infoTopicSchema,
    pictogram: nonEmpty,
    backgrounds: z.array(backgroundSchema).min(1),
    /** Only for sections of the 'your-right' topic that apply to one kind of right; absent = everyone. */
    forRight: z.array(z.enum(sectionRights)).min(1).optional(),
    heading: nonEmpty,
    paragraphs: z.array(nonEmpty).min(1),
  })
  .refine((s) => new Set(s.backgrounds).size === s.backgrounds.length, { message: 'backgrounds must not repeat' })
  .refine((s) => s.forRight === undefined || s.topic === 'your-right', { message: 'forRight is only for the your-right topic' });
export type InfoSection = z.infer<typeof infoSectionSchema>;

/**
 * Who stands behind the wording. `draft` means no qualified translator (or, for nb, no subject
 * expert) has reviewed it; `reviewed` names the reviewer and the date.
 */
export const translationSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('draft'), note: nonEmpty }),
  z.strictObject({ status: z.literal('reviewed'), reviewedBy: nonEmpty, reviewedOn: isoDate, note: nonEmpty }),
]);
/** The published shape (fields optional so that a `draft` needs no reviewer); the schema above is stricter. */
export interface Translation {
  status: 'draft' | 'reviewed';
  reviewedBy?: string;
  reviewedOn?: string;
  note: string;
}

export const infoPackageTextSchema = z
  .strictObject({
    language: infoLanguageSchema,
    translation: translationSchema,
    sections: z.array(infoSectionSchema).min(1),
  })
  .superRefine((text, ctx) => {
    const ids = text.sections.map((s) => s.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: 'custom', path: ['sections'], message: `section id ${dup} is used twice` });
    // Sections must already be in topic order so that every language reads the same way.
    const order = text.sections.map((s) => infoTopics.indexOf(s.topic));
    if (order.some((o, i) => i > 0 && o < (order[i - 1] ?? 0))) {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'sections must be grouped in topic order' });
    }
  });
export interface InfoPackageText {
  language: InfoLanguage;
  translation: Translation;
  sections: InfoSection[];
}

/**
 * The labels around the texts on the participant's page (`page-labels.ts`): every key, each a trimmed, non-empty
 * line with no markup, and month/weekday names in full where a language ships them.
 */
const labelLine = z.string().min(1).max(300).refine((v) => v === v.trim() && !/[<>]|\s{2,}/u.test(v), { message: 'a label is one trimmed line without markup' });
export const pageLabelTextsSchema = (keys: readonly string[]) =>
  z.strictObject({
    translation: translationSchema,
    labels: z.strictObject(Object.fromEntries(keys.map((k) => [k, labelLine])) as Record<string, typeof labelLine>),
    calendar: z.strictObject({
      weekdays: z.array(labelLine).length(7),
      months: z.array(labelLine).length(12),
      date: labelLine.refine((v) => ['{day}', '{month}', '{year}'].every((p) => v.includes(p)), { message: 'needs {day}, {month} and {year}' }),
      dateWithWeekday: labelLine.refine((v) => v.includes('{weekday}') && v.includes('{date}'), { message: 'needs {weekday} and {date}' }),
    }).optional(),
  });
