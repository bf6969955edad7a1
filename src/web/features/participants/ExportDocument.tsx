import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { InfoLanguage } from '../../../content/info-packages/model.ts';
import { fillLabel } from '../../../content/info-packages/page-labels.ts';
import { languageInfo } from '../participant-page/types.ts';
import { exportLabels, exportSectionKeys } from '../../../content/participant-export/labels.ts';
import type { z } from 'zod';
import type { participantExportJson } from '../../../server/features/participants/schemas.ts';

/** The server's schema leaves a row as unknown; each is a table row as stored, an object of columns. */
export type ParticipantExport = Omit<z.output<typeof participantExportJson>, 'sections'> & { sections: Record<string, Record<string, unknown>[]> };

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'object') return JSON.stringify(value, null, 1);
  return String(value);
}

/** Sections in the order of the words (the participant first, the trail last); a table without words follows by name. */
function ordered(sections: ParticipantExport['sections']): [string, Record<string, unknown>[]][] {
  const known = exportSectionKeys as readonly string[];
  const rank = (table: string) => (known.includes(table) ? known.indexOf(table) : known.length - 1 - 0.5);
  return Object.entries(sections).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The readable copy of everything Veivalg holds about the participant, in bokmål or the participant's language
 * (the words from src/content/participant-export, drafts marked as such), printable on A4. The values are shown
 * as stored: a copy of the data, not a translation of it.
 */
export function ExportDocument({ data, language }: { data: ParticipantExport; language: InfoLanguage }) {
  const labels = exportLabels[language];
  const meta = languageInfo[language];
  const person = data.sections['participants']?.[0] ?? {};
  const name = `${show(person['givenName'])} ${show(person['familyName'])}`;
  const date = new Intl.DateTimeFormat(meta.htmlLang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Oslo' })
    .format(new Date(data.exportedAt));
  const fieldName = (key: string) => (labels.fields as Record<string, string>)[key] ?? key;
  return (
    <article lang={meta.htmlLang} dir={meta.dir} className="stack export-document" aria-labelledby="export-document-heading">
      <Heading level={2} data-size="md" id="export-document-heading">
        {fillLabel(labels.ui.heading, { app: 'Veivalg', name })}
      </Heading>
      {language !== 'nb' ? <Paragraph data-size="sm" className="draft-notice">{labels.ui.draft}</Paragraph> : null}
      <Paragraph>{fillLabel(labels.ui.intro, { app: 'Veivalg', date })}</Paragraph>
      <Paragraph>{labels.ui.rights}</Paragraph>
      <Paragraph data-size="sm" className="muted">{labels.ui.fieldNames}</Paragraph>
      {ordered(data.sections).map(([table, rows]) => (
        <section key={table} aria-labelledby={`export-${table}`} className="stack">
          <Heading level={3} data-size="xs" id={`export-${table}`}>
            {(labels.sections as Record<string, string>)[table] ?? table} ({rows.length})
          </Heading>
          {rows.length === 0 ? <Paragraph data-size="sm">{labels.ui.none}</Paragraph> : null}
          {rows.map((row, i) => (
            <dl key={i} className="export-record">
              {Object.entries(row).map(([key, value]) => (
                <div key={key}>
                  <dt>{fieldName(key)}</dt>
                  <dd dir="auto">{key === 'field' && typeof value === 'string' ? fieldName(value) : show(value)}</dd>
                </div>
              ))}
            </dl>
          ))}
        </section>
      ))}
    </article>
  );
}
