/**
 * Import of a competence-mapping export into the handover brief. IMDinett has no public API, so the adviser
 * uploads a file in the format below (templates at GET /api/v1/brief/import-template.csv and .json). Every bad
 * row is reported with its line and a reason, and nothing is stored unless the whole file is good.
 *
 * CSV (comma or semicolon separated, UTF-8, header required, quotes as in RFC 4180):
 *   item,field,value,mapped_on
 *   schooling,years,9,2026-01-15
 *   schooling,completedLevels,primary|some-primary,2026-01-15
 *   dialect,unknown,,2026-01-15            ← the item is explicitly unknown
 *   participant,permitDate,2025-11-20,2026-01-15  ← the date the residence permit was granted (optional)
 * JSON:
 *   { "mappedOn": "2026-01-15", "permitDate": "2025-11-20",
 *     "items": [ { "item": "schooling", "value": { "years": 9 } },
 *                                          { "item": "dialect", "unknown": true, "mappedOn": "2026-01-10" } ] }
 */
import { z } from 'zod';
import {
  briefItemDefinition, handoverChecklist, isValidIsoDate, parseBriefField, type BriefFieldValue,
} from '../../../domain/index.ts';
import { translate, type Lang } from '../../http/messages.ts';
import { valueSchemas } from './schemas.ts';

export interface ImportRowError { line: number; reason: string }
export interface ImportedItem { key: string; value: Record<string, unknown> | null; mappedOn: string; line: number }
/** The participant's permit date, where the export carries it (it decides the § 11 answer, not the brief). */
export interface ImportedPermitDate { value: string; line: number }
export type ImportResult =
  | { ok: true; items: ImportedItem[]; permitDate: ImportedPermitDate | null }
  | { ok: false; errors: ImportRowError[] };
/** The pseudo-item of a CSV row about the participant rather than the brief. */
const PARTICIPANT_ITEM = 'participant';

const MAX_ROWS = 2000;
const MAX_REPORTED = 200;
export const CSV_HEADER = ['item', 'field', 'value', 'mapped_on'];

/** What the parser collects for one item before its value is validated. */
interface Draft {
  key: string;
  fields: Record<string, BriefFieldValue>;
  fieldLines: Record<string, number>;
  unknownLine: number | null;
  /** A row of the item was already reported; its value is not checked further (one reason per mistake). */
  tainted?: boolean;
  mappedOn: string;
  line: number;
}

class Problems {
  readonly list: ImportRowError[] = [];
  permitDate: ImportedPermitDate | null = null;
  constructor(readonly lang: Lang) {}
  add(line: number, key: string, params: Record<string, string | number> = {}) {
    this.list.push({ line, reason: translate(key, this.lang, params) });
  }
}

export function parseImport(format: 'csv' | 'json', content: string, lang: Lang, today: string): ImportResult {
  const problems = new Problems(lang);
  const text = content.replace(/^\uFEFF/, '');
  const drafts = format === 'csv' ? csvDrafts(text, problems, today) : jsonDrafts(text, problems, today);
  const items: ImportedItem[] = [];
  for (const d of drafts) {
    if (d.tainted) continue;
    const hasFields = Object.keys(d.fields).length > 0;
    if (d.unknownLine !== null) {
      if (hasFields) problems.add(d.unknownLine, 'brief.value-with-unknown');
      else items.push({ key: d.key, value: null, mappedOn: d.mappedOn, line: d.line });
      continue;
    }
    const parsed = valueSchemas[d.key]!.safeParse(d.fields);
    if (parsed.success) {
      items.push({ key: d.key, value: parsed.data, mappedOn: d.mappedOn, line: d.line });
      continue;
    }
    const def = briefItemDefinition(d.key)!;
    for (const issue of parsed.error.issues) {
      // An unknown field is reported on its own name; every other issue on the field it is about.
      const names = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
      for (const name of names) {
        const label = def.fields.find((f) => f.name === name)?.label[lang] ?? name;
        problems.add(d.fieldLines[name] ?? d.line, 'brief.import-field', { field: `${d.key}.${label}`, reason: translate(issue.message, lang) });
      }
    }
  }
  if (problems.list.length) {
    const errors = problems.list.sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED);
    return { ok: false, errors };
  }
  return { ok: true, items, permitDate: problems.permitDate };
}

function checkPermitDate(raw: unknown, line: number, problems: Problems, today: string) {
  if (problems.permitDate) { problems.add(line, 'brief.import-twice', { field: 'participant.permitDate' }); return; }
  if (typeof raw !== 'string' || !isValidIsoDate(raw.trim())) { problems.add(line, 'brief.import-date'); return; }
  if (raw.trim() > today) { problems.add(line, 'date.future'); return; }
  problems.permitDate = { value: raw.trim(), line };
}

function checkMappedOn(raw: unknown, line: number, problems: Problems, today: string): string | null {
  if (typeof raw !== 'string' || !isValidIsoDate(raw.trim())) { problems.add(line, 'brief.import-date'); return null; }
  if (raw.trim() > today) { problems.add(line, 'date.future'); return null; }
  return raw.trim();
}

// ─── CSV ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** RFC 4180 records with the line each starts on; a quoted cell may hold the separator, quotes and newlines. */
export function csvRecords(text: string, sep: string): { line: number; cells: string[] }[] | { line: number } {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; cell += ch; }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) { cells.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = []; cell = ''; line++; start = line;
    } else cell += ch;
  }
  if (quoted) return { line: start };
  if (cell !== '' || cells.length) { cells.push(cell); records.push({ line: start, cells }); }
  return records;
}

function csvDrafts(text: string, problems: Problems, today: string): Draft[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const parsed = csvRecords(text, sep);
  if (!Array.isArray(parsed)) { problems.add(parsed.line, 'brief.import-quote'); return []; }
  const records = parsed.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  const header = records.shift();
  if (!header || header.cells.map((c) => c.trim().toLowerCase()).join(',') !== CSV_HEADER.join(',')) {
    problems.add(header?.line ?? 1, 'brief.import-header', { header: CSV_HEADER.join(sep) });
    return [];
  }
  if (records.length === 0) { problems.add(header.line, 'brief.import-empty'); return []; }
  if (records.length > MAX_ROWS) { problems.add(records[MAX_ROWS]!.line, 'brief.import-too-many', { n: MAX_ROWS }); return []; }
  const drafts = new Map<string, Draft>();
  for (const { line, cells } of records) {
    if (cells.length !== 4) { problems.add(line, 'brief.import-columns', { n: cells.length }); taint(drafts, cells[0]); continue; }
    const [itemRaw, fieldRaw, valueRaw, dateRaw] = cells.map((c) => c.trim()) as [string, string, string, string];
    if (itemRaw === PARTICIPANT_ITEM) {
      if (fieldRaw === 'permitDate') checkPermitDate(valueRaw, line, problems, today);
      else problems.add(line, 'brief.import-field-unknown', { item: PARTICIPANT_ITEM, field: fieldRaw.slice(0, 50) });
      continue;
    }
    const def = briefItemDefinition(itemRaw);
    if (!def) { problems.add(line, 'brief.import-item', { item: itemRaw.slice(0, 50) }); continue; }
    let d = drafts.get(def.key);
    if (!d) { d = { key: def.key, fields: {}, fieldLines: {}, unknownLine: null, mappedOn: '', line }; drafts.set(def.key, d); }
    const reject = (key: string, params: Record<string, string | number> = {}) => { problems.add(line, key, params); d.tainted = true; };
    const mappedOn = checkMappedOn(dateRaw, line, problems, today);
    if (!mappedOn) { d.tainted = true; continue; }
    if (!d.mappedOn) d.mappedOn = mappedOn;
    if (d.mappedOn !== mappedOn) { reject('brief.import-date-differs', { item: def.key }); continue; }
    if (fieldRaw === 'unknown') {
      if (valueRaw !== '') reject('brief.import-unknown-value');
      else if (d.unknownLine !== null) reject('brief.import-twice', { field: `${def.key}.unknown` });
      else d.unknownLine = line;
      continue;
    }
    const spec = def.fields.find((f) => f.name === fieldRaw);
    if (!spec) { reject('brief.import-field-unknown', { item: def.key, field: fieldRaw.slice(0, 50) }); continue; }
    if (d.fieldLines[spec.name] !== undefined) { reject('brief.import-twice', { field: `${def.key}.${spec.name}` }); continue; }
    d.fieldLines[spec.name] = line;
    // An empty cell leaves an optional field out (and a required one missing).
    if (valueRaw === '') continue;
    const value = parseBriefField(spec, valueRaw);
    if ('error' in value) { reject('brief.import-field', { field: `${def.key}.${spec.label[problems.lang]}`, reason: translate(value.error, problems.lang) }); continue; }
    d.fields[spec.name] = value.value;
  }
  return [...drafts.values()];
}

function taint(drafts: Map<string, Draft>, item: string | undefined) {
  const d = drafts.get((item ?? '').trim());
  if (d) d.tainted = true;
}

// ─── JSON ───────────────────────────────────────────────────────────────────────────────────────────────────────

const lineAt = (text: string, index: number) => text.slice(0, Math.max(0, index)).split('\n').length;

/**
 * The line of a JSON syntax error, from the engine's message: a position ("at position 14"), a line ("line 3"),
 * the end of the input, or a quoted snippet around the unexpected token (Unexpected token '}', ..."items": [}"
 * is not valid JSON), which is looked up in the text. Best effort: line 1 when none of these is there.
 */
function jsonErrorLine(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  if (/end of JSON input/.test(message)) return lineAt(text, text.trimEnd().length);
  const snippet = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (snippet) {
    const at = text.indexOf(snippet[2]!);
    if (at >= 0) return lineAt(text, at + Math.max(0, snippet[2]!.indexOf(snippet[1]!)));
  }
  return 1;
}

const jsonEntry = z.object({
  item: z.string(),
  value: z.record(z.string(), z.unknown()).optional(),
  unknown: z.literal(true).optional(),
  mappedOn: z.string().optional(),
}).strict();

function jsonDrafts(text: string, problems: Problems, today: string): Draft[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    problems.add(jsonErrorLine(text, (e as Error).message), 'brief.import-json');
    return [];
  }
  const top = z.object({ mappedOn: z.string(), permitDate: z.string().optional(), items: z.array(z.unknown()).min(1).max(MAX_ROWS) })
    .strict().safeParse(doc);
  if (!top.success) { problems.add(1, 'brief.import-json-shape'); return []; }
  if (top.data.permitDate !== undefined) checkPermitDate(top.data.permitDate, lineAt(text, text.indexOf('"permitDate"')), problems, today);
  const defaultDate = checkMappedOn(top.data.mappedOn, lineAt(text, text.indexOf('"mappedOn"')), problems, today);
  // The line of each entry: where its "item" key stands (keys inside string values are escaped, so skipped).
  const itemLines = [...text.matchAll(/(?<!\\)"item"\s*:/g)].map((m) => lineAt(text, m.index));
  const fallback = lineAt(text, text.indexOf('"items"'));
  const drafts: Draft[] = [];
  top.data.items.forEach((raw, i) => {
    const line = itemLines.length === top.data.items.length ? itemLines[i]! : fallback;
    const entry = jsonEntry.safeParse(raw);
    if (!entry.success) { problems.add(line, 'brief.import-json-entry'); return; }
    const def = briefItemDefinition(entry.data.item);
    if (!def) { problems.add(line, 'brief.import-item', { item: entry.data.item.slice(0, 50) }); return; }
    if (drafts.some((d) => d.key === def.key)) { problems.add(line, 'brief.import-twice', { field: def.key }); return; }
    const mappedOn = entry.data.mappedOn !== undefined ? checkMappedOn(entry.data.mappedOn, line, problems, today) : defaultDate;
    if (!mappedOn) return;
    if (entry.data.unknown && entry.data.value) { problems.add(line, 'brief.value-with-unknown'); return; }
    if (!entry.data.unknown && !entry.data.value) { problems.add(line, 'brief.import-json-entry'); return; }
    const fields = (entry.data.value ?? {}) as Record<string, BriefFieldValue>;
    drafts.push({
      key: def.key, fields, fieldLines: {}, unknownLine: entry.data.unknown ? line : null, mappedOn, line,
    });
  });
  return drafts;
}

// ─── Templates ──────────────────────────────────────────────────────────────────────────────────────────────────

/** An example value for each field, good against the field's spec, so the template itself imports cleanly. */
const examples: Record<string, Record<string, BriefFieldValue>> = {
  language: { preferred: 'ar', interpreter: 'ar' },
  dialect: { dialect: 'Levantinsk' },
  literacy: { level: 'literate-other-script', note: 'Leser og skriver arabisk' },
  schooling: { years: 9, country: 'Syria', completedLevels: ['primary'] },
  education: { description: 'Påbegynt sykepleierutdanning, 2 år', recognitionSought: 'no' },
  work: { occupation: 'Butikkmedarbeider', years: 5, country: 'Syria', note: 'Drev egen butikk i 3 år' },
  norwegian: { level: 'A2', training: 'Norskopplæring siden januar' },
  programme: { lengthMonths: 24, expectedEnd: '2027-12-31' },
  wishes: { wishes: 'Vil bli helsefagarbeider' },
  'adviser-plans': { note: 'Planlegger praksis i helsesektoren' },
  practical: { venue: 'Flyktningtjenesten', digital: 'Har PC hjemme', childCare: 'Barnehageplass fra august' },
};

export function csvTemplate(mappedOn: string): string {
  const rows = [CSV_HEADER.join(',')];
  for (const def of handoverChecklist) {
    const ex = examples[def.key];
    if (!ex) { rows.push(`${def.key},unknown,,${mappedOn}`); continue; }
    for (const [field, value] of Object.entries(ex)) {
      const text = Array.isArray(value) ? value.join('|') : String(value);
      rows.push([def.key, field, /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text, mappedOn].join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function jsonTemplate(mappedOn: string): string {
  const items = handoverChecklist.map((def) => (examples[def.key] ? { item: def.key, value: examples[def.key] } : { item: def.key, unknown: true }));
  return `${JSON.stringify({ mappedOn, items }, null, 2)}\n`;
}
