/**
 * The zod schema of `materials.json` (types and rules in `model.ts`). Refuses what is malformed: a non-https or
 * malformed address, an unknown language, topic or kind, a length on the wrong kind, subtitles languages without
 * subtitles, an impossible or future check date, repeated ids, and an entry that belongs to neither a topic nor an
 * offer. Whether an offer id exists on the map is checked against the offers in `index.ts` and the test.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../../domain/dates.ts';
import { infoLanguages, infoTopics } from '../info-packages/model.ts';
import { isHttpsUrl } from '../model.ts';
import { materialAudiences, materialKinds, materialLimits, subtitleStatuses } from './model.ts';

const language = z.enum(infoLanguages);
const line = (max: number) => z.string().min(1).max(max).refine((v) => v === v.trim() && !/[<>\n]/u.test(v), { message: 'one trimmed line without markup' });
const httpsUrl = z.string().max(500).refine(isHttpsUrl, { message: 'must be a well-formed https address' });
const isoDate = z.string().refine(isValidIsoDate, { message: 'must be a valid date written YYYY-MM-DD' });

export const materialSchema = z
  .strictObject({
    id: z.string().max(materialLimits.id).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be kebab-case' }),
    kind: z.enum(materialKinds),
    audience: z.enum(materialAudiences),
    title: z.strictObject({ language, text: line(materialLimits.title) }),
    titleNb: line(materialLimits.title),
    url: httpsUrl,
    publisher: line(materialLimits.publisher),
    languages: z.array(language).min(1),
    subtitles: z.strictObject({ status: z.enum(subtitleStatuses), languages: z.array(language) }),
    minutes: z.strictObject({ from: z.number().int().min(1).max(600), to: z.number().int().min(1).max(600).optional() }).optional(),
    pages: z.number().int().min(1).max(1000).optional(),
    topics: z.array(z.enum(infoTopics)),
    offers: z.array(z.string().min(1)),
    checkedOn: isoDate,
    review: z.boolean(),
    sourceNote: line(materialLimits.sourceNote),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.topics.length === 0 && m.offers.length === 0) issue('topics', 'a material needs a topic or an offer');
    if (new Set(m.languages).size !== m.languages.length) issue('languages', 'languages must not repeat');
    if (new Set(m.topics).size !== m.topics.length) issue('topics', 'topics must not repeat');
    if (new Set(m.offers).size !== m.offers.length) issue('offers', 'offers must not repeat');
    if (m.subtitles.status !== 'yes' && m.subtitles.languages.length > 0) issue('subtitles', 'subtitle languages only when there are subtitles');
    if (m.subtitles.status === 'yes' && m.subtitles.languages.length === 0) issue('subtitles', 'say which languages the subtitles are in');
    if (m.minutes && m.kind !== 'film') issue('minutes', 'minutes only for films');
    if (m.minutes?.to !== undefined && m.minutes.to < m.minutes.from) issue('minutes', 'to must not be less than from');
    if (m.pages !== undefined && m.kind !== 'brochure') issue('pages', 'pages only for brochures');
    if (!m.title.text.trim()) issue('title', 'title needed');
  });

/** The file, and the rules across entries: unique ids, no checked date after `today`. */
export const materialsFileSchema = (today: string) =>
  z.strictObject({ materials: z.array(materialSchema) }).superRefine((file, ctx) => {
    const ids = file.materials.map((m) => m.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['materials', i, 'id'], message: `id ${id} is used twice` });
    });
    file.materials.forEach((m, i) => {
      if (m.checkedOn > today) ctx.addIssue({ code: 'custom', path: ['materials', i, 'checkedOn'], message: `checked on ${m.checkedOn}, after today (${today})` });
    });
  });
