import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { emptyNoteContent } from '../../../domain/index.ts';

/**
 * Anonymises one participant in the caller's transaction, as `retentionRules` (src/domain/retention.ts) say: names,
 * national id, free text and personal-only records go; the rows and codes the statistics count stay, so every
 * figure is the same afterwards. Returns the tables it changed, for the audit event. Idempotent.
 */
export async function anonymiseParticipant(tx: Tx, participantId: string): Promise<string[]> {
  const changed: string[] = [];
  const run = async (table: string, statement: ReturnType<typeof sql>) => {
    const result = await tx.execute(statement);
    const n = (result as { rowCount?: number | null; affectedRows?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0;
    if (n > 0 && !changed.includes(table)) changed.push(table);
  };
  const note = JSON.stringify(emptyNoteContent());
  // The birth year alone keeps the age band at every year end (the fact sheet's age is taken on 31 December).
  await run('participants', sql`update participants set given_name = 'Anonymisert', family_name = 'Anonymisert', national_id = null,
    birth_date = make_date(extract(year from birth_date)::int, 1, 1), interpreter_language = null,
    anonymised_at = coalesce(anonymised_at, now()), version = version + 1, updated_at = now() where id = ${participantId}`);
  await run('guidance_orders', sql`update guidance_orders set message = '', rejection_reason = null, cancellation_reason = null
    where participant_id = ${participantId} and (message <> '' or rejection_reason is not null or cancellation_reason is not null)`);
  await run('order_transitions', sql`update order_transitions set reason = null
    where reason is not null and order_id in (select id from guidance_orders where participant_id = ${participantId})`);
  await run('guidance_sessions', sql`update guidance_sessions set place = null, meeting_url = null, phone = null, interpreter_briefing = null,
    interpreter_reference = null, briefing_term_ids = '[]'::jsonb, outcome_reason = null, interpreter_quality_problem = null
    where participant_id = ${participantId}`);
  await run('handover_brief_items', sql`delete from handover_brief_items where participant_id = ${participantId} and item_key <> 'schooling'`);
  await run('handover_brief_items', sql`update handover_brief_items
    set value = case when value ? 'completedLevels' then jsonb_build_object('completedLevels', value -> 'completedLevels') end
    where participant_id = ${participantId} and item_key = 'schooling' and value is distinct from
      (case when value ? 'completedLevels' then jsonb_build_object('completedLevels', value -> 'completedLevels') end)`);
  await run('postponements', sql`update postponements set justification = '', reason_text = null where participant_id = ${participantId}`);
  await run('guidance_notes', sql`update guidance_notes set content = ${note}::jsonb where participant_id = ${participantId}`);
  await run('guidance_note_revisions', sql`delete from guidance_note_revisions where note_id in (select id from guidance_notes where participant_id = ${participantId})`);
  await run('guidance_note_reviews', sql`update guidance_note_reviews set comment = ''
    where comment <> '' and note_id in (select id from guidance_notes where participant_id = ${participantId})`);
  await run('guidance_note_feedback', sql`update guidance_note_feedback set reason = '', end_goal_text = ''
    where (reason <> '' or end_goal_text <> '') and note_id in (select id from guidance_notes where participant_id = ${participantId})`);
  await run('notifications', sql`delete from notifications where participant_id = ${participantId}`);
  await run('journey_plans', sql`delete from journey_plans where participant_id = ${participantId}`);
  await run('participant_page_links', sql`delete from participant_page_links where participant_id = ${participantId}`);
  await run('participant_page_resources', sql`delete from participant_page_resources where participant_id = ${participantId}`);
  // The values before and after a correction are the person's data; the audit trail keeps which field and when.
  await run('participant_corrections', sql`delete from participant_corrections where participant_id = ${participantId}`);
  await run('order_talks', sql`delete from order_talks where participant_id = ${participantId}`);
  return changed;
}
