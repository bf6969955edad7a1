/**
 * Participant-facing words for the participant's own journey plan (issue 6), in the participant's language.
 *
 * The app's UI is Norwegian and English only; these strings are CONTENT, kept here so they can be reviewed like
 * the offers. Status: the Ukrainian and Arabic texts are machine-drafted by the development team and have NOT been
 * reviewed by a qualified translator (`translationStatus`); the page shows that status to the reader.
 */
import { z } from 'zod';
import { actorIds, laneIds, offerIds } from '../model.ts';
import { strings } from './strings.ts';

export const participantLanguages = ['nb', 'en', 'uk', 'ar'] as const;
export type ParticipantLanguage = (typeof participantLanguages)[number];
/** Right-to-left languages get dir="rtl" on the page. */
export const rtlLanguages: readonly ParticipantLanguage[] = ['ar'];

export const translationStatus: Record<ParticipantLanguage, 'source' | 'draft'> = { nb: 'source', en: 'draft', uk: 'draft', ar: 'draft' };

export const uiKeys = [
  'title', 'intro', 'planA', 'planB', 'goal', 'month', 'months', 'fromMonth', 'timeToGoal', 'noIncome', 'income',
  'responsible', 'handover', 'print', 'draftNotice', 'notADecision', 'emptyPlan', 'languageLabel', 'other', 'wage',
] as const;
export type UiKey = (typeof uiKeys)[number];

const allKeys = (keys: readonly string[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, z.string().trim().min(1)])));
const languageSchema = z.strictObject({
  ui: allKeys(uiKeys),
  lanes: allKeys([...laneIds, 'other']),
  actors: allKeys(actorIds),
  offers: allKeys(offerIds),
});
export type ParticipantStrings = {
  ui: Record<UiKey, string>;
  lanes: Record<(typeof laneIds)[number] | 'other', string>;
  actors: Record<(typeof actorIds)[number], string>;
  offers: Record<(typeof offerIds)[number], string>;
};

/** Every key in every language: a missing or extra key fails at import. */
export const participantStrings: Record<ParticipantLanguage, ParticipantStrings> = z
  .strictObject(Object.fromEntries(participantLanguages.map((l) => [l, languageSchema])) as Record<ParticipantLanguage, typeof languageSchema>)
  .parse(strings) as Record<ParticipantLanguage, ParticipantStrings>;

export function isParticipantLanguage(value: unknown): value is ParticipantLanguage {
  return typeof value === 'string' && (participantLanguages as readonly string[]).includes(value);
}
