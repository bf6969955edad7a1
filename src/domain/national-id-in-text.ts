/**
 * National identity numbers written into free text. Shared documents (agreements, routines) go to every party
 * and are not personal data; a fødselsnummer or D-nummer pasted into one would make them so (DOMAIN.md: privacy by
 * design). The check itself is `nationalIdKind` (national-id.ts); this finds the candidates in a text.
 */
import { nationalIdKind } from './national-id.ts';

// Eleven digits not part of a longer number, written together or as 6 + 5 with one space, dot or dash between
// (how people write them: "010190 12345").
const CANDIDATE = /(?<![0-9])([0-9]{6})[ .-]?([0-9]{5})(?![0-9])/g;

/** True if the text holds a valid fødselsnummer or D-nummer (H-numbers and synthetic test numbers are not). */
export function containsNationalId(text: string): boolean {
  for (const m of text.matchAll(CANDIDATE)) if (nationalIdKind(m[1]! + m[2]!) !== null) return true;
  return false;
}
