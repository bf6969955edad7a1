/**
 * The handover brief ("overføringsnotat"): what the career counsellor needs to know about a participant before
 * the guidance session, filled by the municipality and sent with the order.
 *
 * Source: DOMAIN.md § 4 (seed 001, grep 4: "Rutinemessig overføre informasjon om deltaker til karriereveileder").
 * Mapping data "often turn out to be imprecise, wrong or out of date", so every item says where it came from,
 * who verified it and when, and goes stale after a number of days the career centre chooses. Seed 001 also
 * says "Karrieresentrene bør klargjøre hvilken informasjon det er viktig å få i forkant": each career centre
 * configures which items its counsellors need and which must be answered before an order can be sent.
 *
 * Not a legal rule (no RuleSource): the law requires the mapping (§ 10) and the guidance (§ 11), not this list.
 * The items and their fields are data; the server builds its one validation schema from them (used by the API
 * and by the import alike), so an item is changed here and nowhere else.
 */
import { addDays, daysBetween, type IsoDate } from './dates.ts';
import { norwegianLevels, schoolingLevels } from './eligibility/profile.ts';
import type { LocalizedText } from './eligibility/types.ts';

/** One field of an item's value. Every field is a string, a whole number, a date or a choice. */
export type BriefFieldSpec = { name: string; label: LocalizedText; optional?: boolean } & (
  | { kind: 'text'; max: number }
  | { kind: 'language' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'choices'; options: readonly string[] }
);

export interface BriefItemDefinition {
  key: string;
  label: LocalizedText;
  fields: readonly BriefFieldSpec[];
  /**
   * Special-category personal data (GDPR art. 9: health, family life). Never required, shown only to the
   * assigned counsellor and the participant's municipality, and every read is audited (DOMAIN.md § 11).
   */
  specialCategory: boolean;
  /** Required before sending when the career centre has not configured the checklist. */
  defaultRequired: boolean;
}

const text = (name: string, label: LocalizedText, max = 2000, optional = false): BriefFieldSpec =>
  ({ name, label, kind: 'text', max, optional });

export const recognitionAnswers = ['yes', 'no', 'not-relevant'] as const;
export const literacyLevels = ['not-literate', 'beginning', 'literate-other-script', 'literate-latin-script'] as const;

/** The day the default required set below took effect (issue 16); before it only the language was required. */
export const DEFAULT_REQUIRED_EFFECTIVE_FROM: IsoDate = '2026-12-06';

/**
 * The default checklist, in the order of DOMAIN.md § 4. Required by default (before an order can be sent) is what
 * the seeds say the counsellor must know before the conversation, since session time otherwise goes on asking:
 *
 * - language and interpreter: "dialog i forkant om tidspunkt for veiledningen, språk og bruk av tolk" and
 *   "At det bestilles tolk til samtalen" (seed 000). The adviser records it when registering the participant, so a
 *   new order carries it from the start (see the order service);
 * - schooling, education and work experience: "gir karriereveileder mulighet til å innhente oppdatert og korrekt
 *   informasjon om deltakerens livssituasjon, arbeidserfaring og utdanning på forhånd" (seed 001, grep 4);
 *   schooling is the education of those with little of it ("ulik informasjon for de uten skolegang, for de med
 *   ungdomsskole, og for de med fullført videregående skole", seed 001).
 *
 * An explicit "not known" answers a required item, so the adviser is never stopped by what nobody knows. The
 * life situation's health and family part is special-category data and is never required (only asked). Effective
 * from DEFAULT_REQUIRED_EFFECTIVE_FROM. A centre's own choice per item wins;
 * a centre that never chose for an item follows this default, so existing centres get it without a migration.
 */

export const handoverChecklist: readonly BriefItemDefinition[] = [
  {
    key: 'language', label: { nb: 'Foretrukket språk og tolkespråk', en: 'Preferred language and interpreter language' },
    fields: [
      { name: 'preferred', label: { nb: 'Foretrukket språk', en: 'Preferred language' }, kind: 'language' },
      { name: 'interpreter', label: { nb: 'Tolkespråk', en: 'Interpreter language' }, kind: 'language', optional: true },
    ],
    specialCategory: false, defaultRequired: true,
  },
  {
    key: 'dialect', label: { nb: 'Dialekt', en: 'Dialect' },
    fields: [text('dialect', { nb: 'Dialekt', en: 'Dialect' }, 200)],
    specialCategory: false, defaultRequired: false,
  },
  {
    key: 'literacy', label: { nb: 'Lese- og skriveferdigheter', en: 'Literacy' },
    fields: [
      { name: 'level', label: { nb: 'Nivå', en: 'Level' }, kind: 'choice', options: literacyLevels },
      text('note', { nb: 'Merknad', en: 'Note' }, 2000, true),
    ],
    specialCategory: false, defaultRequired: false,
  },
  {
    key: 'schooling', label: { nb: 'Skolegang', en: 'Schooling' },
    fields: [
      { name: 'years', label: { nb: 'År med skolegang', en: 'Years of schooling' }, kind: 'integer', min: 0, max: 30 },
      text('country', { nb: 'Land', en: 'Country' }, 100, true),
      { name: 'completedLevels', label: { nb: 'Fullførte nivåer', en: 'Completed levels' }, kind: 'choices', options: schoolingLevels, optional: true },
    ],
    specialCategory: false, defaultRequired: true,
  },
  {
    key: 'education', label: { nb: 'Utdanning og godkjenning', en: 'Education and recognition' },
    fields: [
      text('description', { nb: 'Utdanning', en: 'Education' }),
      { name: 'recognitionSought', label: { nb: 'Søkt godkjenning?', en: 'Recognition sought?' }, kind: 'choice', options: recognitionAnswers },
    ],
    specialCategory: false, defaultRequired: true,
  },
  {
    key: 'work', label: { nb: 'Arbeidserfaring', en: 'Work experience' },
    fields: [
      text('occupation', { nb: 'Yrke', en: 'Occupation' }, 200),
      { name: 'years', label: { nb: 'År', en: 'Years' }, kind: 'integer', min: 0, max: 60, optional: true },
      text('country', { nb: 'Land', en: 'Country' }, 100, true),
      text('note', { nb: 'Merknad', en: 'Note' }, 2000, true),
    ],
    specialCategory: false, defaultRequired: true,
  },
  {
    key: 'norwegian', label: { nb: 'Norsknivå og opplæring', en: 'Norwegian level and training' },
    fields: [
      { name: 'level', label: { nb: 'Nivå (CEFR)', en: 'Level (CEFR)' }, kind: 'choice', options: norwegianLevels },
      text('training', { nb: 'Opplæring så langt', en: 'Training so far' }, 2000, true),
    ],
    specialCategory: false, defaultRequired: false,
  },
  {
    key: 'programme', label: { nb: 'Programmets lengde og forventet slutt', en: 'Programme length and expected end' },
    fields: [
      { name: 'lengthMonths', label: { nb: 'Lengde (måneder)', en: 'Length (months)' }, kind: 'integer', min: 1, max: 48 },
      { name: 'expectedEnd', label: { nb: 'Forventet slutt', en: 'Expected end' }, kind: 'date', optional: true },
    ],
    specialCategory: false, defaultRequired: false,
  },
  {
    key: 'health-family', label: { nb: 'Helse eller familie som påvirker tidspunktet', en: 'Health or family factors affecting timing' },
    fields: [text('note', { nb: 'Bare det som er nødvendig', en: 'Only what is necessary' })],
    specialCategory: true, defaultRequired: false,
  },
  {
    key: 'wishes', label: { nb: 'Deltakerens egne ønsker', en: "Participant's own wishes" },
    fields: [text('wishes', { nb: 'Ønsker', en: 'Wishes' })],
    specialCategory: false, defaultRequired: false,
  },
  {
    key: 'adviser-plans', label: { nb: 'Hva rådgiveren vet og planlegger', en: 'What the adviser knows and plans' },
    fields: [text('note', { nb: 'Merknad', en: 'Note' })],
    specialCategory: false, defaultRequired: false,
  },
  {
    key: 'practical', label: { nb: 'Praktiske forhold', en: 'Practical matters' },
    fields: [
      text('venue', { nb: 'Sted', en: 'Venue' }, 500, true),
      text('digital', { nb: 'Digitalt oppmøte', en: 'Digital attendance' }, 500, true),
      text('childCare', { nb: 'Barnepass', en: 'Child care' }, 500, true),
    ],
    specialCategory: false, defaultRequired: false,
  },
];

export const briefItemKeys = handoverChecklist.map((d) => d.key);

export function briefItemDefinition(key: string): BriefItemDefinition | undefined {
  return handoverChecklist.find((d) => d.key === key);
}

/** Where an item's content came from. 'mapping-import' is an uploaded export of the competence mapping. */
export const briefSources = ['mapping', 'mapping-import', 'adviser', 'participant', 'settlement-team'] as const;
export type BriefSource = (typeof briefSources)[number];

/** How a career centre wants each item: must be answered before sending, shown when answered, or not asked. */
export const briefItemUses = ['required', 'needed', 'not-needed'] as const;
export type BriefItemUse = (typeof briefItemUses)[number];

/**
 * Days after which a verified item is marked stale for the counsellor, unless the centre sets another number.
 * Half a year: the mapping is done at settlement and guidance may come months later (postponement, grep 2).
 */
export const DEFAULT_STALE_AFTER_DAYS = 180;

export interface ChecklistConfig {
  uses: Partial<Record<string, BriefItemUse>>;
  staleAfterDays: number;
}

export const defaultChecklistConfig: ChecklistConfig = { uses: {}, staleAfterDays: DEFAULT_STALE_AFTER_DAYS };

/** How a centre uses an item: its own choice, or the default ('required' or 'needed'). */
export function itemUse(config: ChecklistConfig, key: string): BriefItemUse {
  const def = briefItemDefinition(key);
  if (!def) return 'not-needed';
  const chosen = config.uses[key];
  if (chosen) return chosen;
  return def.defaultRequired ? 'required' : 'needed';
}

/**
 * Checks a centre's configuration: every key must be an item, and a special-category item can never be
 * required (only what is necessary, and never a condition for getting guidance). Returns the offending keys.
 */
export function checkChecklistConfig(uses: Record<string, string>): { key: string; problem: 'unknown-item' | 'special-category-required' }[] {
  const problems: { key: string; problem: 'unknown-item' | 'special-category-required' }[] = [];
  for (const [key, use] of Object.entries(uses)) {
    const def = briefItemDefinition(key);
    if (!def) problems.push({ key, problem: 'unknown-item' });
    else if (def.specialCategory && use === 'required') problems.push({ key, problem: 'special-category-required' });
  }
  return problems;
}

/** The state of one item of one participant's brief, as completeness sees it. */
export interface BriefItemState { key: string; answered: boolean; unknown: boolean }

export interface BriefCompleteness {
  /** True when every required item is answered or explicitly marked unknown. */
  complete: boolean;
  /** Required items answered or explicitly unknown. */
  answered: number;
  required: number;
  /** Keys of required items with neither an answer nor an explicit unknown, in checklist order. */
  missing: string[];
  /** Items the centre uses (required or needed) that are answered or explicitly unknown … */
  filled: number;
  /** … of all the items the centre uses: "required done, 3 of 11 filled" (issue 16), never just "complete". */
  items: number;
}

/**
 * Completeness of a brief against a centre's checklist. An explicit "unknown" always counts: the adviser may
 * not know, and saying so is information too. Stale items still count (staleness is shown, not enforced).
 */
export function briefCompleteness(config: ChecklistConfig, items: readonly BriefItemState[]): BriefCompleteness {
  const required = handoverChecklist.filter((d) => itemUse(config, d.key) === 'required').map((d) => d.key);
  const done = new Set(items.filter((i) => i.answered || i.unknown).map((i) => i.key));
  const missing = required.filter((k) => !done.has(k));
  const used = handoverChecklist.filter((d) => itemUse(config, d.key) !== 'not-needed').map((d) => d.key);
  return {
    complete: missing.length === 0, answered: required.length - missing.length, required: required.length, missing,
    filled: used.filter((k) => done.has(k)).length, items: used.length,
  };
}

/**
 * An item is stale when it was last verified more than `staleAfterDays` days before today. Day 180 of 180 is
 * still fresh; day 181 is stale.
 */
export function isStale(verifiedOn: IsoDate, today: IsoDate, staleAfterDays: number): boolean {
  return daysBetween(verifiedOn, today) > staleAfterDays;
}

/** The first day an item verified on `verifiedOn` counts as stale. */
export function staleFrom(verifiedOn: IsoDate, staleAfterDays: number): IsoDate {
  return addDays(verifiedOn, staleAfterDays + 1);
}

export type BriefFieldValue = string | number | string[];

/**
 * Converts one field's text from an import file: whole numbers for integer fields, `|`-separated lists for
 * multiple choices, trimmed text otherwise. Returns a message key when the text cannot be converted.
 */
export function parseBriefField(f: BriefFieldSpec, raw: string): { value: BriefFieldValue } | { error: string } {
  const s = raw.trim();
  if (f.kind === 'integer') return /^-?\d{1,9}$/.test(s) ? { value: Number(s) } : { error: 'type' };
  if (f.kind === 'choices') return { value: s ? s.split('|').map((x) => x.trim()) : [] };
  return { value: s };
}
