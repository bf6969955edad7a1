import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

export interface ChainBreak {
  id: number;
  /**
   * changed: the event's fields no longer give its hash; gap: the event before it is missing or was changed;
   * unchained: an event without hashes before a chained one (the chainer never skips one, so it was tampered with
   * or written around the chainer).
   */
  kind: 'changed' | 'gap' | 'unchained';
}

/**
 * events: all events read; pending: the unchained events at the newest end, written but not yet chained (the
 * chainer appends them a moment after their commit, audit/chainer.ts): not a break. headHash: the newest chained
 * event's hash.
 */
export interface ChainReport { events: number; pending: number; breaks: ChainBreak[]; headHash: string | null }

const BATCH = 5000;

/**
 * Walks the audit trail in id order and recomputes every hash with the same SQL function the chainer's trigger uses
 * (audit_event_hash), so the rule lives in one place. A removed event shows as a gap at the next event; a changed
 * one as changed (and a gap at the next). Removing the newest events leaves no trace in the chain itself: keep
 * the head hash this prints somewhere else (a log, a ticket) to catch that. Events not yet chained are covered
 * from the moment they are: a change to one before that is not detectable by the chain (the append-only trigger and
 * the serving role's rights guard them meanwhile).
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const breaks: ChainBreak[] = [];
  let events = 0;
  let lastId = 0;
  let lastHash: string | null = null;
  // Unchained events since the last chained one: pending if nothing chained follows them, breaks otherwise.
  let unchained: number[] = [];
  for (;;) {
    const { rows } = await db.execute<{ id: string | number; prev_hash: string | null; hash: string | null; recomputed: string }>(sql`
      SELECT e.id, e.prev_hash, e.hash, audit_event_hash(e.prev_hash, e) AS recomputed
        FROM audit_events e WHERE e.id > ${lastId} ORDER BY e.id LIMIT ${BATCH}`) as unknown as { rows: { id: string | number; prev_hash: string | null; hash: string | null; recomputed: string }[] };
    for (const row of rows) {
      const id = Number(row.id);
      lastId = id;
      events++;
      if (row.hash === null && row.prev_hash === null) {
        unchained.push(id);
        continue;
      }
      for (const u of unchained) breaks.push({ id: u, kind: 'unchained' });
      unchained = [];
      if (row.prev_hash !== lastHash) breaks.push({ id, kind: 'gap' });
      if (row.hash !== row.recomputed) breaks.push({ id, kind: 'changed' });
      lastHash = row.hash;
    }
    if (rows.length < BATCH) break;
  }
  breaks.sort((a, b) => a.id - b.id);
  return { events, pending: unchained.length, breaks, headHash: lastHash };
}
