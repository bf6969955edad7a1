/**
 * The structure of the information package, shared by every language: which sections exist, in
 * which order, under which topic, with which pictogram, and who sees them.
 *
 * Keeping the structure here (and only the words in `nb.ts`, `en.ts`, …) means a translator can
 * never change who sees a section by accident, and a new section is added in one place; the type
 * `SectionTexts` then makes every language file fail to compile until it has the new text.
 */
import type { Background, InfoTopic, SectionRight } from './model.ts';
import type { KnownPictogram } from './pictograms.ts';

const ALL: Background[] = ['no-schooling', 'primary', 'upper-secondary', 'higher'];

export interface SectionStructure {
  id: string;
  topic: InfoTopic;
  pictogram: KnownPictogram;
  backgrounds: Background[];
  forRight?: SectionRight[];
}

export const sectionStructure = [
  // --- What career guidance is and what happens in the session -------------------------------
  { id: 'what-is-guidance', topic: 'what-is-guidance', pictogram: 'conversation', backgrounds: ALL },
  { id: 'session-what-happens', topic: 'what-is-guidance', pictogram: 'calendar', backgrounds: ALL },
  { id: 'session-interpreter', topic: 'what-is-guidance', pictogram: 'interpreter', backgrounds: ALL },
  { id: 'session-after', topic: 'what-is-guidance', pictogram: 'document-check', backgrounds: ALL },
  // --- Your right (and duty, or right only) ---------------------------------------------------
  { id: 'right-and-duty', topic: 'your-right', pictogram: 'shield-check', backgrounds: ALL, forRight: ['right-and-duty'] },
  { id: 'right-only', topic: 'your-right', pictogram: 'choice', backgrounds: ALL, forRight: ['right'] },
  { id: 'guidance-for-everyone', topic: 'your-right', pictogram: 'conversation', backgrounds: ALL },
  { id: 'where-to-ask', topic: 'your-right', pictogram: 'signpost', backgrounds: ALL },
  // --- The Norwegian education system, by background ------------------------------------------
  { id: 'education-system-overview', topic: 'education-system', pictogram: 'stairs', backgrounds: ['primary', 'upper-secondary', 'higher'] },
  { id: 'education-system-no-schooling', topic: 'education-system', pictogram: 'book', backgrounds: ['no-schooling'] },
  { id: 'education-system-primary', topic: 'education-system', pictogram: 'school-building', backgrounds: ['primary'] },
  { id: 'education-system-upper-secondary', topic: 'education-system', pictogram: 'person-briefcase', backgrounds: ['upper-secondary'] },
  { id: 'education-system-higher', topic: 'education-system', pictogram: 'school-building', backgrounds: ['higher'] },
  // --- Recognition of education and prior learning --------------------------------------------
  { id: 'recognition-prior-learning', topic: 'recognition', pictogram: 'person-briefcase', backgrounds: ALL },
  { id: 'recognition-papers', topic: 'recognition', pictogram: 'document-check', backgrounds: ALL },
  { id: 'recognition-foreign-education', topic: 'recognition', pictogram: 'certificate', backgrounds: ['upper-secondary', 'higher'] },
  // --- Norwegian levels -------------------------------------------------------------------------
  { id: 'norwegian-levels-overview', topic: 'norwegian-levels', pictogram: 'speech-levels', backgrounds: ALL },
  { id: 'norwegian-levels-requirements', topic: 'norwegian-levels', pictogram: 'stairs', backgrounds: ALL },
  { id: 'norwegian-levels-learning', topic: 'norwegian-levels', pictogram: 'book', backgrounds: ['no-schooling', 'primary'] },
] as const satisfies readonly SectionStructure[];

export type SectionId = (typeof sectionStructure)[number]['id'];
export const sectionIds: readonly SectionId[] = sectionStructure.map((s) => s.id);

/** The words of one section in one language. */
export interface SectionText {
  heading: string;
  paragraphs: string[];
}

/** What a language file provides: its translation status and the words of every section. */
export interface LanguageTexts {
  translation: import('./model.ts').Translation;
  sections: Record<SectionId, SectionText>;
}
