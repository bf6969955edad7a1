/**
 * How long free text may be, in characters: one source for the server's zod schemas (src/server/http/fields.ts and
 * the feature schemas that use these) and the web app's character counters (src/web/components/LimitedTextfield.tsx),
 * so the counter a user sees while typing is the limit the server enforces (issue 16, item 8). Not a legal rule:
 * generous room for what a person writes, small enough that one field cannot fill a page or a database row.
 * The handover brief's fields carry their own limits in src/domain/handover-checklist.ts (also read by both sides).
 */
export const textLimits = {
  /** A given or family name. */
  personName: 100,
  /** The reason for rejecting, cancelling, breaking off or correcting. */
  reason: 2000,
  /** The adviser's message to the career centre with an order. */
  orderMessage: 4000,
} as const;
