import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { guidanceOrders, guidanceRightColumns, participants } from '../../db/schema.ts';
import { recordAudit } from '../../audit/record.ts';
import {
  RULE_SET_VERSION, storedRuleResults, todayInOslo, type GuidanceRightChange, type IsoDate, type ResidenceBasis,
} from '../../../domain/index.ts';

/** Rows per transaction: small enough not to hold locks for long on a large installation. */
const BATCH = 500;
/** The orders whose deadline is a copy of the participant's (writeParticipantChanges updates the same ones). */
const OPEN = ['draft', 'sent', 'accepted', 'scheduled'] as const;

export interface RecomputeResult {
  participants: { examined: number; deadlinesChanged: number; rightsChanged: number; batches: number };
  orders: { examined: number; deadlinesChanged: number; batches: number };
}

/**
 * Recomputes the stored results of domain rules (the § 12 deadline and the § 11 answer on participants, the deadline's
 * copy on orders) on every row written by another rule-set version than this release's (src/domain/rule-set.ts),
 * so that the queues, filters and counts in SQL agree with the participant's page, which computes afresh. Runs at
 * start-up and as a daily job; cheap when nothing is stale. "Another" and not only "older": after a rollback the
 * release that runs decides what the page shows, so its rules must decide the queues too.
 *
 * In batches, one transaction each; rows are taken `for update skip locked`, so instances that start together share
 * the work and an edit of the same participant waits for its batch. Each batch writes one audit event with counts
 * only; a changed § 11 answer is also recorded on the participant (shown on their page, as after an edit) with no
 * actor: the law changed, not a user. The participant's `version` is not bumped: no user changed anything, and an
 * open edit form must not be refused for it.
 *
 * Anonymised participants (retention) keep what they had: their birth date is cut to the year, which the rules must
 * not read again, and the statistics must not move. They are out of every queue.
 */
export async function recomputeStoredRuleResults(
  db: Db, opts: { today?: IsoDate; batchSize?: number } = {},
): Promise<RecomputeResult> {
  const today = opts.today ?? todayInOslo();
  const batchSize = opts.batchSize ?? BATCH;
  const result: RecomputeResult = {
    participants: { examined: 0, deadlinesChanged: 0, rightsChanged: 0, batches: 0 },
    orders: { examined: 0, deadlinesChanged: 0, batches: 0 },
  };
  for (;;) {
    const n = await db.transaction((tx) => participantBatch(tx, today, batchSize));
    if (!n) break;
    result.participants.batches += 1;
    result.participants.examined += n.examined;
    result.participants.deadlinesChanged += n.deadlinesChanged;
    result.participants.rightsChanged += n.rightsChanged;
  }
  // After the participants, so an order's copy is taken from a participant computed by this version.
  for (;;) {
    const n = await db.transaction((tx) => orderBatch(tx, batchSize));
    if (!n) break;
    result.orders.batches += 1;
    result.orders.examined += n.examined;
    result.orders.deadlinesChanged += n.deadlinesChanged;
  }
  return result;
}

async function participantBatch(tx: Tx, today: IsoDate, batchSize: number) {
  const rows = await tx.select({
    id: participants.id, ...guidanceRightColumns,
    decisionDeadline: participants.decisionDeadline, guidanceRight: participants.guidanceRight,
  }).from(participants)
    .where(and(ne(participants.rulesVersion, RULE_SET_VERSION), isNull(participants.anonymisedAt)))
    .orderBy(asc(participants.id)).limit(batchSize).for('update', { skipLocked: true });
  if (!rows.length) return null;
  let deadlinesChanged = 0;
  let rightsChanged = 0;
  const unchanged: string[] = [];
  for (const r of rows) {
    const stored = storedRuleResults({ ...r, residenceBasis: r.residenceBasis as ResidenceBasis });
    const deadlineMoved = stored.decisionDeadline !== r.decisionDeadline;
    const change: GuidanceRightChange | null = stored.guidanceRight !== r.guidanceRight
      ? { from: r.guidanceRight, to: stored.guidanceRight, on: today, cause: 'rules' } : null;
    if (!deadlineMoved && !change) { unchanged.push(r.id); continue; }
    await tx.update(participants).set({ ...stored, ...(change ? { guidanceRightChange: change } : {}) }).where(eq(participants.id, r.id));
    if (deadlineMoved) {
      deadlinesChanged += 1;
      // The open first orders' copy moves with it, in the same transaction (as after an edit).
      await tx.update(guidanceOrders).set({ decisionDeadline: stored.decisionDeadline, rulesVersion: RULE_SET_VERSION }).where(and(
        eq(guidanceOrders.participantId, r.id), eq(guidanceOrders.kind, 'first'), inArray(guidanceOrders.status, [...OPEN]),
      ));
    }
    if (change) {
      rightsChanged += 1;
      await recordAudit(tx, null, { type: 'participant.guidance-right-changed', participantId: r.id, from: change.from, to: change.to, cause: 'rules' });
    }
  }
  if (unchanged.length) await tx.update(participants).set({ rulesVersion: RULE_SET_VERSION }).where(inArray(participants.id, unchanged));
  const counts = { examined: rows.length, deadlinesChanged, rightsChanged };
  await recordAudit(tx, null, { type: 'rules.recomputed', table: 'participants', rulesVersion: RULE_SET_VERSION, ...counts });
  return counts;
}

async function orderBatch(tx: Tx, batchSize: number) {
  const rows = await tx.select({
    id: guidanceOrders.id, kind: guidanceOrders.kind, status: guidanceOrders.status, deadline: guidanceOrders.decisionDeadline,
    participantDeadline: participants.decisionDeadline,
  }).from(guidanceOrders).innerJoin(participants, eq(participants.id, guidanceOrders.participantId))
    .where(ne(guidanceOrders.rulesVersion, RULE_SET_VERSION))
    .orderBy(asc(guidanceOrders.id)).limit(batchSize).for('update', { of: guidanceOrders, skipLocked: true });
  if (!rows.length) return null;
  // Only an open first order's deadline is the participant's: a closed order keeps the deadline it was handled
  // against (history), and a follow-up's is its own sort key, not a rule's result.
  const moved = rows.filter((r) => r.kind === 'first' && (OPEN as readonly string[]).includes(r.status) && r.deadline !== r.participantDeadline);
  for (const r of moved) {
    await tx.update(guidanceOrders).set({ decisionDeadline: r.participantDeadline, rulesVersion: RULE_SET_VERSION }).where(eq(guidanceOrders.id, r.id));
  }
  const rest = rows.filter((r) => !moved.includes(r)).map((r) => r.id);
  if (rest.length) await tx.update(guidanceOrders).set({ rulesVersion: RULE_SET_VERSION }).where(inArray(guidanceOrders.id, rest));
  const counts = { examined: rows.length, deadlinesChanged: moved.length };
  await recordAudit(tx, null, { type: 'rules.recomputed', table: 'orders', rulesVersion: RULE_SET_VERSION, ...counts, rightsChanged: 0 });
  return counts;
}
