import { createHash } from 'node:crypto';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { appState, guidanceRightColumns, participants } from '../../db/schema.ts';
import { recordAudit } from '../../audit/record.ts';
import {
  guidanceRight, guidanceRightRules, todayInOslo, type GuidanceRightChange, type IsoDate, type ResidenceBasis,
} from '../../../domain/index.ts';

const STATE_KEY = 'guidance-right-rules';
const BATCH = 1000;
/** Advisory lock key for the recompute (any constant that no other lock uses). */
const SYNC_LOCK = 7_311_001;

/** A fingerprint of the § 11 rule table: it changes when a release changes a rule, an end date or a source. */
export function rulesFingerprint(): string {
  return createHash('sha256').update(JSON.stringify(guidanceRightRules)).digest('hex');
}

/**
 * Recomputes every participant's stored § 11 answer once after a release that changed the rules (the stored
 * answer feeds queues and statistics in SQL). Each changed answer is recorded on the participant, shown on their
 * page, and written to the audit trail with no actor: the law changed, not a user. Returns how many changed.
 */
export async function syncGuidanceRights(db: Db, today: IsoDate = todayInOslo()): Promise<number> {
  const fingerprint = rulesFingerprint();
  const [state] = await db.select().from(appState).where(eq(appState.key, STATE_KEY));
  if (state?.value === fingerprint) return 0;
  // One transaction under an advisory lock: instances that start together recompute once, and the second one
  // finds the new fingerprint when it gets the lock.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SYNC_LOCK})`);
    const [again] = await tx.select().from(appState).where(eq(appState.key, STATE_KEY));
    return again?.value === fingerprint ? 0 : recompute(tx, fingerprint, today);
  });
}

async function recompute(db: Tx, fingerprint: string, today: IsoDate): Promise<number> {
  let changed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db.select({
      id: participants.id, ...guidanceRightColumns, guidanceRight: participants.guidanceRight,
    // Anonymised participants (retention) keep the answer they had: their birth date is cut to the year, which the
    // rule must not read again, and the statistics must not move.
    }).from(participants).where(and(gt(participants.id, after), isNull(participants.anonymisedAt))).orderBy(asc(participants.id)).limit(BATCH);
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    const changes = rows.flatMap((r) => {
      const to = guidanceRight({ ...r, residenceBasis: r.residenceBasis as ResidenceBasis }).right;
      return to === r.guidanceRight ? [] : [{ id: r.id, change: { from: r.guidanceRight, to, on: today, cause: 'rules' } satisfies GuidanceRightChange }];
    });
    for (const { id, change } of changes) {
      await db.update(participants).set({ guidanceRight: change.to, guidanceRightChange: change }).where(eq(participants.id, id));
      await recordAudit(db, null, { type: 'participant.guidance-right-changed', participantId: id, from: change.from, to: change.to, cause: 'rules' });
    }
    changed += changes.length;
  }
  await db.insert(appState).values({ key: STATE_KEY, value: fingerprint })
    .onConflictDoUpdate({ target: appState.key, set: { value: fingerprint, updatedAt: new Date() } });
  return changed;
}
