/**
 * Builds the source catalogue of the map's texts (`source.json`, written by `npm run map-texts`): every text a
 * reader of the public map pages sees, keyed stably, in nb (the source) and en.
 *
 * Eligibility reasons are built inside the rules (`t(nb, en)` in src/domain/eligibility), some only for certain
 * profiles. Rather than restructure the rules, every rule is explored: it is run on a profile that records which
 * fields it reads, and for each field it reads that is still unknown it is run again once per possible value
 * (ages and years at every threshold the rules use). That reaches every branch, so every reason, question and
 * caveat a reader can meet is in the catalogue; `map-i18n.test.ts` also checks the fixture profiles against it.
 */
import { eligibilityFor, eligibilityRules } from '../../domain/eligibility/index.ts';
import { caveats, questionFor } from '../../domain/eligibility/kit.ts';
import { norwegianLevels as profileLevels, profileFields, schoolingLevels, type Profile, type ProfileField } from '../../domain/eligibility/profile.ts';
import type { EligibilityRule, LocalizedText, RuleOutcome } from '../../domain/eligibility/types.ts';
import { residenceBases } from '../../domain/guidance-right.ts';
import { lanes, norwegianLevels, offers } from '../index.ts';
import { journeys } from '../journeys/index.ts';
import enLocale from '../../web/i18n/locales/en.json' with { type: 'json' };
import nbLocale from '../../web/i18n/locales/nb.json' with { type: 'json' };
import {
  caveatKey, journeyKey, laneKey, levelKey, linkKey, offerKey, questionKey, reasonKey, uiKey, type SourceCatalogue,
} from './model.ts';

/**
 * The UI labels the public map pages use (the rest of the app's labels are staff UI, nb and en only). A whole
 * namespace, or single keys; `map.seeds` (titles of Norwegian reports) stays Norwegian and is left out.
 */
export const publicUiLabels = [
  'map', 'materials', 'residenceBasis', 'journeys.kinds', 'journeys.lanes',
  ...[
    'backToList', 'backToMap', 'cardTitle', 'cardTotals', 'caveats', 'conflict', 'defaultDuration', 'fictional', 'freeText',
    'gapMonths', 'gapShort', 'gapTitle', 'goal', 'isLivingCost', 'keys', 'listLead', 'listTitle', 'livingCostOptions',
    'loading', 'mapLink', 'month', 'monthRange', 'monthSpan', 'monthsCount', 'noActor', 'noGaps', 'noLivingCostOptions',
    'notAFasit', 'print', 'showTable', 'showTimeline', 'sources', 'table', 'timelineFor', 'timelineRole', 'totalMonths',
    'transitionGap', 'transitionText', 'transitions', 'wage',
  ].map((k) => `journeys.${k}`),
  'layout.skipToMain', 'layout.menu', 'layout.mainNavigation', 'layout.signIn', 'layout.footer', 'app.name',
  // Local offers on the map (issue 18): "Where do you live?", the local offer card's labels, the languages' names.
  'localOffers.map', 'localOffers.languages',
] as const;
const excludedUiLabels = ['map.seeds'];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree | string, prefix: string, out: Map<string, string>): void {
  if (typeof tree === 'string') {
    out.set(prefix, tree);
    return;
  }
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (excludedUiLabels.includes(key)) continue;
    flatten(v, key, out);
  }
}

/** `map` holds `map.title`; `journeys.cardTotals` holds the plural forms `journeys.cardTotals_one` and `_other`. */
const underPrefix = (key: string, prefix: string) => key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}_`);

/** The i18next labels under `prefixes`, flattened (`map.detail.back`), in the order of nb.json. */
export function uiLabels(prefixes: readonly string[] = publicUiLabels): Map<string, { nb: string; en: string }> {
  const nb = new Map<string, string>();
  const en = new Map<string, string>();
  flatten(nbLocale as Tree, '', nb);
  flatten(enLocale as Tree, '', en);
  const out = new Map<string, { nb: string; en: string }>();
  for (const [key, text] of nb) {
    if (!prefixes.some((p) => underPrefix(key, p))) continue;
    const english = en.get(key);
    if (english === undefined) throw new Error(`UI label ${key} has no English`);
    out.set(key, { nb: text, en: english });
  }
  for (const p of prefixes) {
    if (![...out.keys()].some((k) => underPrefix(k, p))) throw new Error(`no UI label under ${p}`);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ eligibility

/** Every value a profile field can take, and for numbers every side of every threshold the rules use. */
const fieldValues: Record<ProfileField, readonly unknown[]> = {
  age: [0, 10, 15, 16, 17, 18, 19, 24, 25, 26, 30, 54, 55, 56, 66, 67, 68, 80],
  residenceBasis: residenceBases,
  yearsInNorway: [0, 1, 2, 3, 4, 5, 6, 10],
  schooling: schoolingLevels,
  foreignEducationRecognised: [true, false],
  norwegianLevel: profileLevels,
  yearsOfRelevantPractice: [0, 1, 2, 3, 4, 5, 6, 10],
  employed: [true, false],
};

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every day on which some rule starts or ends, and the day before it: the rules also compare `on` with such days. */
function boundaryDays(): string[] {
  const days = new Set<string>(['2022-06-14', '2022-06-15']);
  for (const r of eligibilityRules) {
    for (const d of [r.source.effectiveFrom, r.effectiveUntil]) {
      if (d) {
        days.add(d);
        days.add(dayBefore(d));
      }
    }
  }
  return [...days].sort();
}

interface Found {
  offerId: string;
  code: string;
  text: LocalizedText;
  /** First day of the source the outcome rests on (the rule's, or the outcome's own). */
  from: string;
}

function explore(rule: EligibilityRule, on: string, profile: Profile, found: Found[], questions: LocalizedText[]): void {
  const reads: ProfileField[] = [];
  const watch = (prop: string | symbol) => {
    if (typeof prop === 'string' && (profileFields as readonly string[]).includes(prop) && !(prop in profile) && !reads.includes(prop as ProfileField)) {
      reads.push(prop as ProfileField);
    }
  };
  const proxy = new Proxy(profile, {
    get: (target, prop, receiver) => (watch(prop), Reflect.get(target, prop, receiver)),
    has: (target, prop) => (watch(prop), Reflect.has(target, prop)),
  });
  const outcome: RuleOutcome = rule.evaluate(proxy, on);
  const from = (outcome.source ?? rule.source).effectiveFrom;
  for (const r of outcome.reasons) found.push({ offerId: rule.offerId, code: r.code, text: r.text, from });
  questions.push(...(outcome.toFindOut ?? []));
  const next = reads[0];
  if (next === undefined) return;
  for (const value of fieldValues[next]) explore(rule, on, { ...profile, [next]: value }, found, questions);
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 48).replace(/-$/u, '');

/** Every reason, question and caveat the eligibility rules can give, keyed. */
export function eligibilityTexts(): Map<string, LocalizedText> {
  const found: Found[] = [];
  const questions: LocalizedText[] = [];
  const days = boundaryDays();
  for (const rule of eligibilityRules) {
    for (const on of days) {
      if (rule.source.effectiveFrom <= on && (rule.effectiveUntil === undefined || on < rule.effectiveUntil)) explore(rule, on, {}, found, questions);
    }
  }
  // The texts index.ts gives itself: an offer without rules, a date without rules, "ask the body responsible".
  const noRule = eligibilityFor({}, 'no-such-offer', days[days.length - 1]);
  const noRuleInForce = eligibilityFor({}, eligibilityRules[0]?.offerId ?? '', '2000-01-01');
  const generic = [...noRule.reasons, ...noRuleInForce.reasons];
  questions.push(...noRule.toFindOut);

  const out = new Map<string, LocalizedText>();
  const add = (key: string, text: LocalizedText) => {
    const old = out.get(key);
    if (old && (old.nb !== text.nb || old.en !== text.en)) throw new Error(`two texts for ${key}: ${old.nb} / ${text.nb}`);
    out.set(key, { nb: text.nb, en: text.en });
  };
  for (const r of generic) add(`reason.${r.code}`, r.text);

  // Which (offer, code) pairs have more than one text: those keys carry the rule's first day.
  const variants = new Map<string, Set<string>>();
  for (const f of found) {
    const k = `${f.offerId}|${f.code}`;
    variants.set(k, (variants.get(k) ?? new Set()).add(f.text.nb));
  }
  for (const f of [...found].sort((a, b) => a.offerId.localeCompare(b.offerId) || a.code.localeCompare(b.code) || a.from.localeCompare(b.from))) {
    const several = (variants.get(`${f.offerId}|${f.code}`)?.size ?? 0) > 1;
    add(reasonKey(f.offerId, f.code, several ? f.from : undefined), f.text);
  }

  for (const field of profileFields) add(questionKey(field), questionFor[field]);
  const known = new Set(profileFields.map((f) => questionFor[f].nb));
  for (const q of questions) {
    if (known.has(q.nb)) continue;
    known.add(q.nb);
    add(questionKey(slug(q.en)), q);
  }
  for (const [status, text] of Object.entries(caveats)) add(caveatKey(status), text);
  return out;
}

// ------------------------------------------------------------------------------------------------ the catalogue

/** The whole source catalogue, grouped for translators: UI, lanes, levels, offers, eligibility, journeys. */
export function buildSourceCatalogue(): SourceCatalogue {
  const out: SourceCatalogue = {};
  const add = (key: string, text: LocalizedText | undefined) => {
    if (!text) return;
    if (key in out) throw new Error(`duplicate key ${key}`);
    out[key] = { nb: text.nb, en: text.en };
  };
  for (const [key, text] of uiLabels()) add(uiKey(key), text);
  for (const lane of lanes) {
    add(laneKey(lane.id, 'title'), lane.title);
    add(laneKey(lane.id, 'description'), lane.description);
  }
  for (const level of norwegianLevels) {
    add(levelKey(level.level, 'title'), level.title);
    add(levelKey(level.level, 'description'), level.description);
  }
  for (const o of offers) {
    add(offerKey(o.id, 'title'), o.title);
    add(offerKey(o.id, 'summary'), o.summary);
    add(offerKey(o.id, 'forWhom'), o.forWhom);
    add(offerKey(o.id, 'requirements'), o.requirements.text);
    add(offerKey(o.id, 'content'), o.content);
    add(offerKey(o.id, 'duration'), o.duration);
    add(offerKey(o.id, 'fundedBy'), o.fundedBy);
    add(offerKey(o.id, 'flexibility'), o.flexibility.note);
    add(offerKey(o.id, 'noLegalBasisReason'), o.noLegalBasisReason);
    add(offerKey(o.id, 'review'), o.review?.note);
    for (const link of o.links) add(linkKey(o.id, link.url), link.title);
  }
  for (const [key, text] of eligibilityTexts()) add(key, text);
  for (const j of journeys) {
    add(journeyKey(j.id, 'title'), j.title);
    add(journeyKey(j.id, 'summary'), j.persona.summary);
    add(journeyKey(j.id, 'goal'), j.goal);
    j.phases.forEach((p) => add(journeyKey(j.id, `phase.${p.offerId}.${p.startMonth}`), p.note));
    j.caveats.forEach((c, i) => add(journeyKey(j.id, `caveat.${i + 1}`), c));
    add(journeyKey(j.id, 'review'), j.review?.note);
  }
  return out;
}
