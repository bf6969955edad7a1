/**
 * The curated films, brochures and web pages: every entry well-formed (https, known languages, topics and offers,
 * a plausible check date, unique ids, titles within their limit), and the rules the pages use to order them.
 * Malformed entries fail; a link checked too long ago is a warning printed here (and by `npm run check-links`).
 */
import { describe, expect, it } from 'vitest';
import { offers } from '../index.ts';
import { infoLanguages, infoTopics } from '../info-packages/model.ts';
import raw from './materials.json' with { type: 'json' };
import {
  daysSinceChecked, materialLimits, materials, materialsForOffer, materialsForTopic, materialStaleAfterDays, parseMaterials,
  staleMaterials, type Material,
} from './index.ts';

const today = new Date().toISOString().slice(0, 10);
const offerIds: ReadonlySet<string> = new Set(offers.map((o) => o.id));
const first = (raw as { materials: Material[] }).materials[0]!;
const withFirst = (change: Partial<Material> | Record<string, unknown>) => ({ materials: [{ ...first, ...change }] });
const problems = (file: unknown) => {
  try {
    parseMaterials(file, today, offerIds);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('materials.json', () => {
  it('parses: every entry https, known kinds, languages, topics and offers, ids unique', () => {
    expect(materials.length).toBeGreaterThan(0);
    expect(new Set(materials.map((m) => m.id)).size).toBe(materials.length);
    for (const m of materials) {
      expect(new URL(m.url).protocol, m.id).toBe('https:');
      for (const l of [...m.languages, ...m.subtitles.languages, m.title.language]) expect(infoLanguages, m.id).toContain(l);
      for (const t of m.topics) expect(infoTopics, m.id).toContain(t);
      for (const o of m.offers) expect(offerIds.has(o), `${m.id}: ${o}`).toBe(true);
      expect(m.title.text.length, m.id).toBeLessThanOrEqual(materialLimits.title);
      expect(m.titleNb.length, m.id).toBeLessThanOrEqual(materialLimits.title);
      expect(m.topics.length + m.offers.length, m.id).toBeGreaterThan(0);
    }
  });

  it('records for every entry where its address was seen, and is honest that it still needs a person to check it', () => {
    for (const m of materials) {
      expect(m.sourceNote, m.id).toMatch(/sett i/u);
      // Nobody has opened these pages live yet: every entry stays marked for review until someone has.
      expect(m.review, m.id).toBe(true);
    }
  });

  it('has at least one film and one entry per information-package topic for participants (ship few rather than invent)', () => {
    expect(materials.some((m) => m.kind === 'film' && m.audience === 'participant')).toBe(true);
    for (const topic of infoTopics) expect(materials.some((m) => m.audience === 'participant' && m.topics.includes(topic)) || topic === 'your-right', topic).toBe(true);
  });

  it('checked dates are not in the future; those older than the stated age are listed as a warning', () => {
    for (const m of materials) expect(m.checkedOn <= today, m.id).toBe(true);
    const stale = staleMaterials(materials, today);
    if (stale.length) console.warn(`Check again (checked more than ${materialStaleAfterDays} days ago): ${stale.map((m) => `${m.id} (${m.checkedOn})`).join(', ')}`);
    expect(daysSinceChecked('2025-12-06', '2026-12-06')).toBe(365);
    expect(staleMaterials([{ ...first, checkedOn: '2020-01-01' }, first], '2026-12-06').map((m) => m.checkedOn)).toEqual(['2020-01-01']);
  });
});

describe('the schema refuses malformed entries', () => {
  it.each([
    ['http address', { url: 'http://www.imdi.no/' }],
    ['malformed address', { url: 'www.imdi.no' }],
    ['unknown language', { languages: ['fr'] }],
    ['unknown topic', { topics: ['housing'] }],
    ['unknown kind', { kind: 'podcast' }],
    ['neither topic nor offer', { topics: [], offers: [] }],
    ['a title over the limit', { titleNb: 'x'.repeat(materialLimits.title + 1) }],
    ['markup in a title', { titleNb: '<b>Film</b>' }],
    ['impossible date', { checkedOn: '2026-02-30' }],
    ['date in the future', { checkedOn: '2999-01-01' }],
    ['pages on a film', { kind: 'film', pages: 4 }],
    ['minutes on a web page', { kind: 'web-page', minutes: { from: 3 } }],
    ['subtitle languages without subtitles', { subtitles: { status: 'no', languages: ['uk'] } }],
    ['subtitles without languages', { subtitles: { status: 'yes', languages: [] } }],
    ['an unknown field', { hosted: true }],
  ])('%s', (_why, change) => {
    expect(problems(withFirst(change))).not.toBe('');
  });

  it('an offer that is not on the map, and the same id twice', () => {
    expect(problems(withFirst({ offers: ['no-such-offer'] }))).toMatch(/unknown offer no-such-offer/u);
    expect(problems({ materials: [first, first] })).toMatch(/used twice/u);
    expect(problems(raw)).toBe('');
  });
});

describe('ordering for the reader', () => {
  const base = { ...first, audience: 'participant' as const, topics: ['recognition' as const], offers: ['godkjenning-utdanning'] };
  const nb = { ...base, id: 'a-nb', languages: ['nb' as const] };
  const uk = { ...base, id: 'b-uk', languages: ['uk' as const] };
  const subtitled = { ...base, id: 'c-subtitled', languages: ['nb' as const], subtitles: { status: 'yes' as const, languages: ['uk' as const] } };
  const staff = { ...base, id: 'd-staff', audience: 'counsellor' as const, languages: ['uk' as const] };

  it('puts the reader’s language first, then subtitles in it, then the rest, and keeps counsellors’ material off the participant page', () => {
    expect(materialsForTopic([nb, subtitled, uk, staff], 'recognition', 'uk').map((m) => m.id)).toEqual(['b-uk', 'c-subtitled', 'a-nb']);
    expect(materialsForTopic([nb, subtitled, uk], 'recognition', 'nb').map((m) => m.id)).toEqual(['a-nb', 'c-subtitled', 'b-uk']);
    expect(materialsForTopic([nb], 'education-system', 'nb')).toEqual([]);
  });

  it('gives an offer every material linked to it, counsellors’ material included', () => {
    expect(materialsForOffer([nb, staff], 'godkjenning-utdanning', 'uk').map((m) => m.id)).toEqual(['d-staff', 'a-nb']);
    expect(materialsForOffer(materials, 'godkjenning-utdanning', 'nb').length).toBeGreaterThan(0);
  });
});
