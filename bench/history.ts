/**
 * A year of history behind the participants a bench generated: sessions, guidance notes, open postponements and
 * an audit trail of `auditRows` events, all with set-based SQL (generate_series). Shared by
 * participants-list.ts and load.ts.
 *
 * The audit rows are loaded as a restore would load them: the insert trigger set aside (it would clear the hashes
 * and leave 2 M events for the chainer), the two secondary indexes dropped and built again after the load. Their
 * prev_hash/hash are filler of the real length (64 hex characters), not a valid chain: the benches never verify it;
 * the app's chainer (audit/chainer.ts) continues the chain from the newest of them.
 */
type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface HistoryFacts { sessions: number; notes: number; postponements: number; audit: number; auditSize: string; auditIndexes: string; seconds: number }

export async function generateHistory(query: Query, opts: { auditRows: number; sessions: boolean; today: string; log: (s: string) => void }): Promise<HistoryFacts> {
  const t0 = performance.now();
  const { today, log } = opts;
  // About 300 staff users signing in once per working day for a year: 75,000 sessions, all but today's expired.
  if (opts.sessions) await query(`
    INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
    SELECT md5('s' || i) || md5('t' || i), ua.a[1 + i % cardinality(ua.a)], $1::date - (i % 365) + interval '8 hours',
      $1::date - (i % 365) + interval '18 hours'
    FROM generate_series(1, 75000) AS i, (SELECT array_agg(id) AS a FROM users) ua`, [today]);
  // A guidance note (sent) for every completed order, with a content of a realistic size (about 1.5 kB).
  await query(`
    INSERT INTO guidance_notes (order_id, participant_id, municipality_id, career_centre_id, author_id, status, content,
      recommendation_kind, first_sent_at, last_sent_at, sent_number)
    SELECT o.id, o.participant_id, o.municipality_id, o.career_centre_id, o.created_by, 'sent',
      jsonb_build_object('summary', repeat('Samtale om utdanning og arbeid. ', 25), 'goals', repeat('Mål: fagbrev. ', 30)),
      NULL, now() - interval '30 days', now() - interval '30 days', 1
    FROM guidance_orders o WHERE o.status = 'completed'
    ON CONFLICT (order_id) DO NOTHING`);
  // An open postponement for every participant marked postponed (the list shows it).
  await query(`
    INSERT INTO postponements (participant_id, municipality_id, reason, justification, expected_date, decided_with, decided_on, created_by)
    SELECT p.id, p.municipality_id, 'health', 'Sykdom; ny samtale når det passer.', $1::date + 60, 'adviser-alone', $1::date - 10, p.created_by
    FROM participants p WHERE p.guidance_postponed
    ON CONFLICT (participant_id) WHERE ended_at IS NULL DO NOTHING`, [today]);

  if (opts.auditRows > 0) {
    await query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain');
    await query('DROP INDEX IF EXISTS audit_participant_idx');
    await query('DROP INDEX IF EXISTS audit_data_idx');
    // The mix of a year: one in five events a list page (50 participant ids in data), the rest about one
    // participant (viewed, updated, an order's steps) with a small data object. Spread over 365 days.
    const [{ n }] = (await query<{ n: number }>('SELECT count(*)::int AS n FROM participants')) as [{ n: number }];
    const [{ u, org }] = (await query<{ u: string; org: string }>(`SELECT id AS u, organisation_id AS org FROM users WHERE email = 'radgiver@bergen.demo'`)) as [{ u: string; org: string }];
    const BATCH = 1_000_000;
    for (let a = 0; a < opts.auditRows; a += BATCH) {
      const b = Math.min(opts.auditRows, a + BATCH);
      const t = performance.now();
      await query(`
        WITH ids AS (SELECT array_agg(id) AS a FROM (SELECT id FROM participants ORDER BY id LIMIT 5000) x)
        INSERT INTO audit_events (created_at, type, actor_user_id, actor_organisation_id, participant_id, data, prev_hash, hash)
        SELECT $1::timestamptz - ((($4::bigint - i) * 31536000) / $4::bigint) * interval '1 second',
          CASE WHEN i % 5 = 0 THEN 'participant.listed' WHEN i % 5 = 1 THEN 'participant.viewed' WHEN i % 5 = 2 THEN 'participant.updated'
               WHEN i % 5 = 3 THEN 'order.sent' ELSE 'note.read' END,
          $2::uuid, $3::uuid,
          CASE WHEN i % 5 = 0 THEN NULL ELSE ids.a[1 + i % 5000] END,
          CASE WHEN i % 5 = 0 THEN jsonb_build_object('participantIds', to_jsonb(ids.a[1 + (i % 100) * 50 : 50 + (i % 100) * 50]))
               WHEN i % 5 = 2 THEN jsonb_build_object('participantId', ids.a[1 + i % 5000], 'changedFields', jsonb_build_array('interpreterLanguage'))
               ELSE jsonb_build_object('participantId', ids.a[1 + i % 5000]) END,
          md5(i::text) || md5('p' || i), md5('h' || i) || md5('q' || i)
        FROM generate_series($5::bigint, $6::bigint - 1) AS i, ids`, [new Date().toISOString(), u, org, opts.auditRows, a, b]);
      log(`  audit rows ${a.toLocaleString('en')}..${(b - 1).toLocaleString('en')} in ${((performance.now() - t) / 1000).toFixed(1)} s (participants: ${n})`);
    }
    // Ids after the bulk rows, and the chain continues from the newest row as usual.
    await query(`SELECT setval(pg_get_serial_sequence('audit_events', 'id'), (SELECT max(id) FROM audit_events))`);
    const ti = performance.now();
    await query('CREATE INDEX audit_participant_idx ON audit_events (participant_id, id)');
    await query('CREATE INDEX audit_data_idx ON audit_events USING gin (data jsonb_path_ops)');
    log(`  audit indexes rebuilt in ${((performance.now() - ti) / 1000).toFixed(1)} s`);
    await query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_chain');
  }
  await query('VACUUM (ANALYZE) audit_events');
  await query('ANALYZE');
  await query('CHECKPOINT');
  const [f] = await query<Omit<HistoryFacts, 'seconds'>>(`
    SELECT (SELECT count(*)::int FROM sessions) AS sessions, (SELECT count(*)::int FROM guidance_notes) AS notes,
           (SELECT count(*)::int FROM postponements) AS postponements, (SELECT count(*)::int FROM audit_events) AS audit,
           pg_size_pretty(pg_table_size('audit_events')) AS "auditSize", pg_size_pretty(pg_indexes_size('audit_events')) AS "auditIndexes"`);
  return { ...f!, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Bulk-generated rows are written without the app, so they carry rule-set version 0 and start-up would recompute
 * every one of them (issue 20, point 1). Their stored deadline is the domain's (the benches check a sample), so mark
 * them as computed by this release's rules; the list and the detail compute the § 11 answer from the dates anyway.
 */
export async function markRulesCurrent(query: Query): Promise<void> {
  const { RULE_SET_VERSION } = await import('../src/domain/rule-set.ts');
  await query('UPDATE participants SET rules_version = $1 WHERE rules_version <> $1', [RULE_SET_VERSION]);
  await query('UPDATE guidance_orders SET rules_version = $1 WHERE rules_version <> $1', [RULE_SET_VERSION]);
}
