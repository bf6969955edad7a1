import { describe, expect, it } from 'vitest';
import { emptyNoteContent, type NoteContent } from '../../../domain/guidance-note-model.ts';
import { NOTE_TEXT_MAX, PLAN_STEP_TEXT_MAX, noteContentSchema } from '../../../domain/guidance-note.ts';
import { noteTooLong } from './noteText.ts';

const content = (over: Partial<NoteContent> = {}): NoteContent => ({ ...emptyNoteContent(), ...over });
const step = (text: string) => ({ id: 's1', offerId: null, text, startMonth: null, durationMonths: null });
const recommendation = (justification: string) => ({ kind: null, justification, reachWithinProgramme: '' });

// The editor does not autosave a draft the server would refuse for its length (issue 16, item 8): the web check and
// the server's schema must agree on every text of the note, at the limit and one past it.
const cases: [string, NoteContent, boolean][] = [
  ['an empty draft', content(), false],
  ['wishes at the limit', content({ wishes: 'x'.repeat(NOTE_TEXT_MAX) }), false],
  ['wishes one past', content({ wishes: 'x'.repeat(NOTE_TEXT_MAX + 1) }), true],
  ['background one past', content({ background: 'x'.repeat(NOTE_TEXT_MAX + 1) }), true],
  ['the justification one past', content({ recommendation: recommendation('x'.repeat(NOTE_TEXT_MAX + 1)) }), true],
  ['the participant version one past', content({ participantVersion: { language: 'ar', text: 'x'.repeat(NOTE_TEXT_MAX + 1) } }), true],
  ['a Plan A step at the limit', content({ planA: [step('x'.repeat(PLAN_STEP_TEXT_MAX))] }), false],
  ['a Plan B step one past', content({ planB: [step('x'.repeat(PLAN_STEP_TEXT_MAX + 1))] }), true],
];

describe('noteTooLong agrees with the server\'s note schema', () => {
  it.each(cases)('%s', (_name, note, expected) => {
    expect(noteTooLong(note)).toBe(expected);
    expect(noteContentSchema.safeParse(note).success).toBe(!expected);
  });
});
