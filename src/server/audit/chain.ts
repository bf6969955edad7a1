import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

export interface ChainBreak {
  id: number;
  /** changed: the event's fields no longer give its hash; gap: the event before it is missing or was changed. */
  kind: 'changed' | 'gap';
}

export interface ChainReport { events: number; breaks: ChainBreak[]; headHash: string | null }

const BATCH = 5000;

/**
 * Walks the audit trail in id order and recomputes every hash with the same SQL function the insert trigger uses
 * (audit_event_hash), so the rule lives in one place. A removed event shows as a gap at the next event; a changed
 * one as changed (and a gap at the next). Removing the newest events leaves no trace in the chain itself: keep
 * the head hash this prints somewhere else (a log, a ticket) to catch that.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const breaks: ChainBreak[] = [];
  let events = 0;
  let lastId = 0;
  let lastHash: string | null = null;
  for (;;) {
    const { rows } = await db.execute<{ id: string | number; prev_hash: string | null; hash: string | null; recomputed: string }>(sql`
      SELECT e.id, e.prev_hash, e.hash, audit_event_hash(e.prev_hash, e) AS recomputed
        FROM audit_events e WHERE e.id > ${lastId} ORDER BY e.id LIMIT ${BATCH}`) as unknown as { rows: { id: string | number; prev_hash: string | null; hash: string | null; recomputed: string }[] };
    for (const row of rows) {
      const id = Number(row.id);
      if (row.prev_hash !== lastHash) breaks.push({ id, kind: 'gap' });
      if (row.hash !== row.recomputed) breaks.push({ id, kind: 'changed' });
      lastHash = row.hash;
      lastId = id;
      events++;
    }
    if (rows.length < BATCH) break;
  }
  return { events, breaks, headHash: lastHash };
}
