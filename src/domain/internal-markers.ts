/**
 * Words that belong to our research and review work, never to a text a participant, adviser or counsellor reads,
 * sends or prints (issue 12 item 8): "(verifiser)", seed references, review-note field names, work notes.
 * A review note itself may be shown to content editors as review info; it never goes into a sent or printed text.
 */
export const internalMarkers: readonly { name: string; pattern: RegExp }[] = [
  { name: '"verifiser" (a note to check a reference)', pattern: /\bverifiser\b/i },
  { name: '"(verify …)"', pattern: /\(verify\b[^)]*\)/i },
  { name: '"ikke verifisert" / "not verified"', pattern: /\bikke verifisert\b|\bnot verified\b/i },
  { name: 'a seed reference ("seed 000")', pattern: /\bseed[- ]?0\d\d\b/i },
  { name: 'a seed file name', pattern: /\b\d{3}_[0-9a-f]{16}\.txt\b/ },
  { name: 'the field name "reviewNote"', pattern: /\breviewNote\b/ },
  { name: 'a work note (TODO, FIXME)', pattern: /\b(?:TODO|FIXME)\b/ },
];

/** The markers found in `text`, by name; empty when the text is clean. */
export function internalMarkersIn(text: string): string[] {
  return internalMarkers.filter((m) => m.pattern.test(text)).map((m) => m.name);
}
