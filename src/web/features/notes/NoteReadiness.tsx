import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { noteReadiness, noteReadinessItems, noteReadinessPath, type NoteReadinessItem } from '../../../domain/guidance-note.ts';
import type { Note, NoteContent } from './noteApi.ts';
import { fieldDomId } from './noteContent.ts';

/** The server's readiness rule, checked as the counsellor types (the server decides whether a recommendation is required). */
export function useNoteReadiness(note: Note, content: NoteContent) {
  return noteReadiness(content, { recommendationRequired: note.recommendationRequired ?? true });
}

/** The field key (as in fieldErrors) a readiness item points at: 'content.planA' → 'planA'. */
export const readinessField = (item: NoteReadinessItem) => noteReadinessPath[item].replace(/^content\./, '');
const readinessFields = new Set<string>(noteReadinessItems.map(readinessField));
export const isReadinessField = (field: string) => readinessFields.has(field);

/** "Dette mangler før gjennomlesing og sending": shown next to the actions, before the counsellor asks for review. */
export function NoteReadinessList({ missing }: { missing: NoteReadinessItem[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) {
    return <Paragraph data-size="sm" data-testid="note-readiness">{t('noteReadiness.ready')}</Paragraph>;
  }
  return (
    <Alert data-color="info" data-testid="note-readiness">
      <Paragraph data-size="sm">{t('noteReadiness.missingIntro')}</Paragraph>
      <ul className="note-readiness__list">
        {missing.map((item) => (
          <li key={item}>
            <a
              href={`#${fieldDomId(readinessField(item))}`}
              onClick={(event) => {
                const field = document.getElementById(fieldDomId(readinessField(item)));
                if (!field) return;
                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: 'center' });
              }}
            >
              {t(`noteReadiness.item.${item}`)}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
