import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { talkSettings } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { DEFAULT_FOLLOW_UP_PROPOSAL_MONTHS, followUpSource } from '../../../domain/index.ts';
import { AppError, forbidden, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { TalkSettingsInput } from './schemas.ts';
import { mayChangeTalkSettings, talkSettingsFields, talkSettingsOrganisation } from './policy.ts';

export interface TalkSettings { organisationId: string; version: number; talksExpected: boolean; followUpProposalMonths: number }

const defaults = (organisationId: string): TalkSettings => ({
  organisationId, version: 0, talksExpected: false, followUpProposalMonths: DEFAULT_FOLLOW_UP_PROPOSAL_MONTHS,
});

/** An organisation's talk settings; one that never saved any gets the defaults with version 0. */
export async function talkSettingsOf(db: Reader, organisationId: string): Promise<TalkSettings> {
  const [row] = await db.select().from(talkSettings).where(eq(talkSettings.organisationId, organisationId));
  return row
    ? { organisationId, version: row.version, talksExpected: row.talksExpected, followUpProposalMonths: row.followUpProposalMonths }
    : defaults(organisationId);
}

/** The centres among these that expect talks (for the queue's markers, one query for a page of orders). */
export async function centresExpectingTalks(db: Reader, centreIds: string[]): Promise<Set<string>> {
  if (!centreIds.length) return new Set();
  const rows = await db.select({ id: talkSettings.organisationId }).from(talkSettings)
    .where(and(inArray(talkSettings.organisationId, [...new Set(centreIds)]), eq(talkSettings.talksExpected, true)));
  return new Set(rows.map((r) => r.id));
}

/** The actor's own organisation, if policy.ts lets the actor read its talk settings; otherwise 403. */
function ownOrganisation(actor: Actor): { id: string; kind: 'municipality' | 'career-centre' } {
  const org = talkSettingsOrganisation(actor);
  if (!org) throw forbidden();
  return org;
}

function toJson(s: TalkSettings, kind: 'municipality' | 'career-centre') {
  return {
    ...s, kind, defaultFollowUpProposalMonths: DEFAULT_FOLLOW_UP_PROPOSAL_MONTHS,
    followUpSource: { seed: followUpSource.seed ?? '', reviewNote: followUpSource.reviewNote ?? '' },
  };
}

export async function getTalkSettings(db: Db, actor: Actor) {
  const org = ownOrganisation(actor);
  return toJson(await talkSettingsOf(db, org.id), org.kind);
}

/**
 * The centre lead decides whether talks are expected; the municipality lead how many months before the programme
 * end a follow-up conversation is proposed. Each side's field is refused to the other (400, named).
 */
export async function updateTalkSettings(db: Db, actor: Actor, input: TalkSettingsInput) {
  const org = ownOrganisation(actor);
  if (!mayChangeTalkSettings(actor)) throw forbidden();
  const { mine, theirs } = talkSettingsFields(org.kind);
  if (input[theirs] !== undefined) throw new AppError(400, 'validation', {}, [{ path: theirs, key: 'note-settings.not-yours' }]);
  const changes = input[mine] !== undefined ? { [mine]: input[mine] } : {};
  await db.transaction(async (tx) => {
    if (input.version === 0) {
      const inserted = await tx.insert(talkSettings).values({ organisationId: org.id, ...changes, updatedBy: actor.userId })
        .onConflictDoNothing().returning({ id: talkSettings.organisationId });
      if (!inserted.length) throw staleVersion();
    } else {
      const updated = await tx.update(talkSettings)
        .set({ ...changes, updatedBy: actor.userId, version: sql`${talkSettings.version} + 1`, updatedAt: new Date() })
        .where(and(eq(talkSettings.organisationId, org.id), eq(talkSettings.version, input.version)))
        .returning({ id: talkSettings.organisationId });
      if (!updated.length) throw staleVersion();
    }
    await recordAudit(tx, actor, { type: 'talk-settings.updated', organisationId: org.id, changedFields: Object.keys(changes) });
  });
  return toJson(await talkSettingsOf(db, org.id), org.kind);
}
