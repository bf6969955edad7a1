/**
 * Internal markers stay internal (issue 12 item 8): no text a participant, adviser or counsellor reads, sends or
 * prints carries "(verifiser)", a seed reference, a review-note field name or a work note. Scans every user-facing
 * text the repository ships: offer texts, eligibility answers, info packages, example journeys, the participant's
 * page strings, letters, the demo wording library (appended to sent notes) and both locale files.
 *
 * Not scanned, on purpose: `review` (notes for content editors and leads), `sources` (citations) and a translation's
 * status note (for the translator). They may hold review info; they are never put into a sent or printed text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eligibilityForAll, offerIdsWithRules, type Profile } from '../domain/eligibility/index.ts';
import { internalMarkersIn } from '../domain/internal-markers.ts';
import { residenceBases } from '../domain/guidance-right.ts';
import { demoWordings } from '../server/demo/seed-notes.ts';
import { goals, lanes, norwegianLevels, offers } from './index.ts';
import { infoLanguages, infoPackageText } from './info-packages/index.ts';
import { journeys } from './journeys/index.ts';
import { letterTexts } from './letter-texts.ts';
import { participantStrings } from './participant-language/index.ts';

const EDITOR_ONLY_KEYS = new Set(['review', 'sources', 'translation', 'reviewNote', 'verifiedBy', 'seed', 'url']);

/** Every string in `value`, with its path, skipping the editor-only fields above. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (EDITOR_ONLY_KEYS.has(k) ? [] : strings(v, `${path}.${k}`)));
  }
  return [];
}

const findings = (texts: [string, string][]): string[] =>
  texts.flatMap(([path, text]) => internalMarkersIn(text).map((marker) => `${path}: ${marker} in "${text.slice(0, 120)}"`));

const locale = (lang: 'nb' | 'en'): unknown => JSON.parse(readFileSync(new URL(`../web/i18n/locales/${lang}.json`, import.meta.url), 'utf8'));

/** Eligibility answers over a grid of profiles and dates: every reason, question and caveat a reader can see. */
function eligibilityTexts(): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const on of ['2021-06-01', '2024-07-31', '2025-06-01', '2026-12-05']) {
    for (const age of [undefined, 15, 30, 60]) {
      for (const residenceBasis of [undefined, ...residenceBases]) {
        for (const schooling of [undefined, 'none', 'primary', 'upper-secondary', 'higher'] as const) {
          const p: Profile = { employed: true, yearsOfRelevantPractice: 5, norwegianLevel: 'B2', foreignEducationRecognised: true };
          if (age !== undefined) p.age = age;
          if (residenceBasis !== undefined) p.residenceBasis = residenceBasis;
          if (schooling !== undefined) p.schooling = schooling;
          for (const r of eligibilityForAll(p, offerIdsWithRules, on)) {
            for (const [path, text] of strings({ reasons: r.reasons.map((x) => x.text), toFindOut: r.toFindOut, caveat: r.caveat }, r.offerId)) {
              if (!seen.has(text)) { seen.add(text); out.push([path, text]); }
            }
          }
        }
      }
    }
  }
  return out;
}

describe('internal markers never reach a text a user reads, sends or prints', () => {
  it('the marker check itself finds the markers the issue names and passes clean law references', () => {
    expect(internalMarkersIn('opplæringslova (2023), grunnskoleopplæring for vaksne (verifiser paragraf)')).not.toEqual([]);
    expect(internalMarkersIn('integreringsloven § 13 (verifiser)')).not.toEqual([]);
    expect(internalMarkersIn('se seed 000 for kilden')).not.toEqual([]);
    expect(internalMarkersIn('003_621298d49563d429.txt: "sitat"')).not.toEqual([]);
    expect(internalMarkersIn('reviewNote: sjekk')).not.toEqual([]);
    expect(internalMarkersIn('integreringsloven § 11 fjerde ledd; integreringsloven § 15 (integreringsplan)')).toEqual([]);
    expect(internalMarkersIn('Du må verifisere identiteten din hos NAV.')).toEqual([]);
  });

  it('offer texts (title, summary, for whom, requirements, content, duration, funding, links, legal basis)', () => {
    expect(findings(offers.flatMap((o) => strings(o, o.id)))).toEqual([]);
  });

  it('lanes, Norwegian levels and goals', () => {
    expect(findings([...strings(lanes, 'lanes'), ...strings(norwegianLevels, 'levels'), ...strings(goals, 'goals')])).toEqual([]);
  });

  it('eligibility answers on the map and in the journey builder', () => {
    expect(findings(eligibilityTexts())).toEqual([]);
  });

  it('information packages in every language', () => {
    expect(findings(infoLanguages.flatMap((lang) => strings(infoPackageText(lang), `info.${lang}`)))).toEqual([]);
  });

  it('example journeys', () => {
    expect(findings(journeys.flatMap((j) => strings(j, j.id)))).toEqual([]);
  });

  it("the participant's page and the printed letters", () => {
    expect(findings([...strings(participantStrings, 'participant'), ...strings(letterTexts, 'letter')])).toEqual([]);
  });

  it('the demo wording library, whose body and law reference are inserted into sent notes', () => {
    expect(findings(demoWordings.flatMap((w, i) => strings(w, `wording[${i}]`)))).toEqual([]);
  });

  it('both locale files', () => {
    expect(findings([...strings(locale('nb'), 'nb'), ...strings(locale('en'), 'en')])).toEqual([]);
  });
});
