import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client.ts';
import { noteSettings, participants } from '../../db/schema.ts';
import { DEFAULT_RETENTION_YEARS, retentionDue, type IsoDate } from '../../../domain/index.ts';
import { recordAudit } from '../../audit/record.ts';
import { anonymiseParticipant } from './anonymise.ts';

export interface RetentionResult { today: IsoDate; anonymised: string[] }

/**
 * Carries out retention for `today` (src/domain/retention.ts): every participant whose case is closed and whose last
 * activity is more than the municipality's `retention_years` before today is anonymised, each in its own transaction
 * with a `participant.anonymised` audit event, and the run ends with a `retention.run` event. Rows are kept with their
 * codes, so the statistics are the same afterwards. Safe to run again (already anonymised rows are skipped).
 * Called by `npm run retention` and by the daily job scheduler.
 */
export async function runRetention(database: Database | Db, today: IsoDate): Promise<RetentionResult> {
  const db: Db = 'db' in database && 'kind' in database ? database.db : database as Db;
  const rows = await db.execute(sql`
    select p.id, coalesce(s.retention_years, ${DEFAULT_RETENTION_YEARS})::int as years,
      to_char(greatest(
        p.updated_at,
        (select max(o.updated_at) from guidance_orders o where o.participant_id = p.id),
        (select max(x.starts_at) from guidance_sessions x where x.participant_id = p.id),
        (select max(n.updated_at) from guidance_notes n where n.participant_id = p.id),
        (select max(f.updated_at) from guidance_note_feedback f join guidance_notes n on n.id = f.note_id where n.participant_id = p.id),
        (select max(pp.updated_at) from postponements pp where pp.participant_id = p.id),
        (select max(b.updated_at) from handover_brief_items b where b.participant_id = p.id),
        (select max(j.updated_at) from journey_plans j where j.participant_id = p.id),
        (select max(r.updated_at) from group_registrations r where r.participant_id = p.id)
      ) at time zone 'Europe/Oslo', 'YYYY-MM-DD') as last_activity_on,
      (exists (select 1 from guidance_orders o where o.participant_id = p.id and o.status in ('draft', 'sent', 'accepted', 'scheduled'))
        or exists (select 1 from postponements pp where pp.participant_id = p.id and pp.ended_at is null)) as case_open
    from ${participants} p left join ${noteSettings} s on s.organisation_id = p.municipality_id
    where p.anonymised_at is null`);
  const due = ((rows as unknown as { rows: unknown[] }).rows as { id: string; years: number; last_activity_on: string; case_open: boolean }[])
    .filter((r) => retentionDue({ lastActivityOn: r.last_activity_on, caseOpen: r.case_open, anonymised: false }, today, Number(r.years)));
  const anonymised: string[] = [];
  for (const r of due) {
    await db.transaction(async (tx) => {
      const tables = await anonymiseParticipant(tx, r.id);
      await recordAudit(tx, null, { type: 'participant.anonymised', participantId: r.id, cause: 'retention', tables, reason: null });
    });
    anonymised.push(r.id);
  }
  await recordAudit(db, null, { type: 'retention.run', today, anonymised: anonymised.length });
  return { today, anonymised };
}
