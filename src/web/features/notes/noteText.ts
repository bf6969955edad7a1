// The note's texts, without the page's data (so the pure parts can be tested without a browser).
import { NOTE_TEXT_MAX, PLAN_STEP_TEXT_MAX } from '../../../domain/text-limits.ts';
import { tooLong } from '../../components/LimitedTextfield.tsx';
import type { NoteContent } from './noteApi.ts';

/** The free-text fields of a note, in the order they are written; a wording can be inserted into any of them. */
export const textFieldKeys = [
  'wishes',
  'background',
  'careerCompetenceThemes',
  'educationAndWorkPaths',
  'recognitions',
  'rightsAndOpportunities',
  'recommendation.justification',
  'recommendation.reachWithinProgramme',
  'participantVersion.text',
] as const;
export type TextFieldKey = (typeof textFieldKeys)[number];

export function getText(content: NoteContent, key: TextFieldKey): string {
  switch (key) {
    case 'recommendation.justification':
      return content.recommendation.justification;
    case 'recommendation.reachWithinProgramme':
      return content.recommendation.reachWithinProgramme;
    case 'participantVersion.text':
      return content.participantVersion.text;
    default:
      return content[key];
  }
}

export function setText(content: NoteContent, key: TextFieldKey, value: string): NoteContent {
  switch (key) {
    case 'recommendation.justification':
      return { ...content, recommendation: { ...content.recommendation, justification: value } };
    case 'recommendation.reachWithinProgramme':
      return { ...content, recommendation: { ...content.recommendation, reachWithinProgramme: value } };
    case 'participantVersion.text':
      return { ...content, participantVersion: { ...content.participantVersion, text: value } };
    default:
      return { ...content, [key]: value };
  }
}

/**
 * Whether any text of the note is longer than the server accepts (src/domain/guidance-note.ts, by the same limits):
 * the editor then does not send the draft, since the whole draft would be refused, and each field's counter says
 * which one is too long.
 */
export function noteTooLong(content: NoteContent): boolean {
  return textFieldKeys.some((key) => tooLong(getText(content, key), NOTE_TEXT_MAX))
    || [...content.planA, ...content.planB].some((step) => tooLong(step.text, PLAN_STEP_TEXT_MAX));
}
