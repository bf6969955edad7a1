/**
 * A year of history behind the participants a bench generated: login sessions, guidance sessions, guidance notes,
 * open postponements and an audit trail of `auditRows` events, all with set-based SQL (generate_series). Shared by
 * participants-list.ts and load.ts.
 *
 * Everything here is a bulk load, made as a restore makes it: on ONE connection with
 * `session_replication_role = replica` (bulkLoad below; needs a superuser, as the benches' DATABASE_URL is), so
 * that no row trigger runs: not the statistics summary's (one refresh per inserted row made the notes alone take
 * 11 minutes at 100 k participants), not the audit insert trigger (it would clear the hashes and leave millions of
 * events for the chainer), not the one that writes audit_event_participants (filled set-based here), and no foreign
 * key check (the generated rows refer to rows that exist). The summary is then refilled with statistics_rebuild(),
 * as bench/statistics.ts does. The audit events get explicit ids after the newest one; their prev_hash/hash are
 * filler of the real length (64 hex characters), not a valid chain: the benches never verify it; the app's chainer
 * (audit/chainer.ts) continues the chain from the newest of them. The secondary index of audit_events and the
 * primary key of audit_event_participants are dropped for the load and built once after it.
 */
type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface HistoryFacts {
  sessions: number; guidanceSessions: number; notes: number; postponements: number; audit: number; auditParticipants: number;
  auditSize: string; auditIndexes: string; sideSize: string; auditSeconds: number; seconds: number;
}

/**
 * Runs `load` with the row triggers off on this connection (`query` must be ONE connection: a pg.Client, or PGlite),
 * then turns them on again and refills the statistics summary from the tables. Returns what `load` returned.
 */
export async function bulkLoad<T>(query: Query, load: () => Promise<T>, opts: { rebuildStatistics: boolean; log: (s: string) => void }): Promise<T> {
  await query('SET session_replication_role = replica');
  let result: T;
  try {
    result = await load();
  } finally {
    await query('SET session_replication_role = DEFAULT');
  }
  if (opts.rebuildStatistics) {
    const t = performance.now();
    await query('SELECT statistics_rebuild()');
    await query('ANALYZE statistics_participant_facts');
    await query('ANALYZE statistics_rollup');
    opts.log(`  statistics summary refilled (statistics_rebuild) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return result;
}

export async function generateHistory(query: Query, opts: { auditRows: number; sessions: boolean; today: string; log: (s: string) => void; maintenanceWorkMem?: string }): Promise<HistoryFacts> {
  const t0 = performance.now();
  const { today, log } = opts;
  const [{ role }] = (await query<{ role: string }>(`SELECT current_setting('session_replication_role') AS role`)) as [{ role: string }];
  if (role !== 'replica') throw new Error('generateHistory must run inside bulkLoad (session_replication_role = replica)');
  const step = async (what: string, text: string, params: unknown[] = []) => {
    const t = performance.now();
    await query(text, params);
    log(`  ${what} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  // About 300 staff users signing in once per working day for a year: 75,000 sessions, all but today's expired.
  if (opts.sessions) await step('75,000 login sessions', `
    INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
    SELECT md5('s' || i) || md5('t' || i), ua.a[1 + i % cardinality(ua.a)], $1::date - (i % 365) + interval '8 hours',
      $1::date - (i % 365) + interval '18 hours'
    FROM generate_series(1, 75000) AS i, (SELECT array_agg(id) AS a FROM users) ua`, [today]);
  // Guidance sessions for the orders that have none yet: two for a completed order (the conversation held, and a
  // no-show or a second one before it), one booked ahead for a scheduled order.
  await step('guidance sessions', `
    INSERT INTO guidance_sessions (reference, order_id, participant_id, municipality_id, career_centre_id, kind, mode,
      starts_at, duration_minutes, lead_counsellor_id, adviser_role, outcome, minutes_used, interpreter_language, interpreter_took_part)
    SELECT 'B-' || o.id || '-' || k, o.id, o.participant_id, o.municipality_id, o.career_centre_id,
      CASE WHEN get_byte(uuid_send(o.id), 12) % 9 = 0 THEN 'three-party' ELSE 'individual' END, o.mode,
      CASE WHEN o.status = 'scheduled' THEN $1::date + 7 + get_byte(uuid_send(o.id), 11) % 40 ELSE $1::date - 40 - 20 * k END + interval '10 hours',
      60 + 30 * (k % 2), c.id, 'absent',
      CASE WHEN o.status = 'scheduled' THEN NULL WHEN k = 1 THEN 'held' WHEN get_byte(uuid_send(o.id), 11) % 3 = 0 THEN 'no-show' ELSE 'held' END,
      CASE WHEN o.status <> 'scheduled' AND k = 1 THEN 60 END,
      o.interpreter_language, CASE WHEN o.interpreter_language IS NOT NULL AND o.status <> 'scheduled' THEN true END
    FROM guidance_orders o
    CROSS JOIN LATERAL generate_series(1, CASE WHEN o.status = 'completed' THEN 2 ELSE 1 END) AS k
    CROSS JOIN (SELECT id FROM users WHERE role = 'career-counsellor' ORDER BY email LIMIT 1) c
    WHERE o.status IN ('completed', 'scheduled') AND NOT EXISTS (SELECT 1 FROM guidance_sessions s WHERE s.order_id = o.id)`, [today]);
  // A guidance note (sent) for every completed order, with a content of a realistic size (about 1.5 kB).
  await step('guidance notes', `
    INSERT INTO guidance_notes (order_id, participant_id, municipality_id, career_centre_id, author_id, status, content,
      recommendation_kind, first_sent_at, last_sent_at, sent_number)
    SELECT o.id, o.participant_id, o.municipality_id, o.career_centre_id, o.created_by, 'sent',
      jsonb_build_object('summary', repeat('Samtale om utdanning og arbeid. ', 25), 'goals', repeat('Mål: fagbrev. ', 30)),
      NULL, now() - interval '30 days', now() - interval '30 days', 1
    FROM guidance_orders o WHERE o.status = 'completed'
    ON CONFLICT (order_id) DO NOTHING`);
  // An open postponement for every participant marked postponed (the list shows it).
  await step('postponements', `
    INSERT INTO postponements (participant_id, municipality_id, reason, justification, expected_date, decided_with, decided_on, created_by)
    SELECT p.id, p.municipality_id, 'health', 'Sykdom; ny samtale når det passer.', $1::date + 60, 'adviser-alone', $1::date - 10, p.created_by
    FROM participants p WHERE p.guidance_postponed
    ON CONFLICT (participant_id) WHERE ended_at IS NULL DO NOTHING`, [today]);

  let auditSeconds = 0;
  if (opts.auditRows > 0) {
    const ta = performance.now();
    await query(`SET maintenance_work_mem = '${opts.maintenanceWorkMem ?? '1GB'}'`);
    await query('DROP INDEX IF EXISTS audit_participant_idx');
    await query('ALTER TABLE audit_event_participants DROP CONSTRAINT IF EXISTS audit_event_participants_participant_id_event_id_pk');
    // The mix of a year: one in five events a list page (50 participant ids in data), the rest about one
    // participant (viewed, updated, an order's steps) with a small data object. Spread over the 365 days before now.
    // The participants named are the 5,000 at the front of the queues (the pages listed most): each is named by
    // one list event in 100, 20,000 at 10 M events, and in one single-participant event in 5,000.
    const [{ base }] = (await query<{ base: string }>('SELECT coalesce(max(id), 0)::text AS base FROM audit_events')) as [{ base: string }];
    const [{ u, org }] = (await query<{ u: string; org: string }>(`SELECT id AS u, organisation_id AS org FROM users WHERE email = 'radgiver@bergen.demo'`)) as [{ u: string; org: string }];
    // Looked up by joins, not by subscripts of one array: an array of 5,000 ids is stored out of line (TOAST), and
    // each subscript would unpack all of it again (it made 1.6 M side rows take 90 s).
    await query('DROP TABLE IF EXISTS bench_audit_ids, bench_audit_pages');
    await query(`CREATE TEMPORARY TABLE bench_audit_ids AS SELECT (row_number() OVER (ORDER BY decision_deadline, id) - 1)::int AS k, id
      FROM (SELECT id, decision_deadline FROM participants ORDER BY decision_deadline, id LIMIT 5000) x`);
    await query('ALTER TABLE bench_audit_ids ADD PRIMARY KEY (k)');
    const [{ m }] = (await query<{ m: number }>('SELECT count(*)::int AS m FROM bench_audit_ids')) as [{ m: number }];
    // The 100 list pages of 50 (fewer when there are fewer participants), and each page's ids as the event's data.
    await query(`CREATE TEMPORARY TABLE bench_audit_pages AS SELECT k / 50 AS page, jsonb_build_object('participantIds', jsonb_agg(id::text ORDER BY k)) AS data
      FROM bench_audit_ids GROUP BY k / 50`);
    await query('ALTER TABLE bench_audit_pages ADD PRIMARY KEY (page)');
    await query('ANALYZE bench_audit_ids');
    await query('ANALYZE bench_audit_pages');
    const [{ pages }] = (await query<{ pages: number }>('SELECT count(*)::int AS pages FROM bench_audit_pages')) as [{ pages: number }];
    const BATCH = 1_000_000;
    for (let a = 0; a < opts.auditRows; a += BATCH) {
      const b = Math.min(opts.auditRows, a + BATCH);
      const t = performance.now();
      await query(`
        INSERT INTO audit_events (id, created_at, type, actor_user_id, actor_organisation_id, participant_id, data, prev_hash, hash)
        SELECT $7::bigint + 1 + i, $1::timestamptz - ((($4::bigint - i) * 31536000) / $4::bigint) * interval '1 second',
          CASE WHEN i % 5 = 0 THEN 'participant.listed' WHEN i % 5 = 1 THEN 'participant.viewed' WHEN i % 5 = 2 THEN 'participant.updated'
               WHEN i % 5 = 3 THEN 'order.sent' ELSE 'note.read' END,
          $2::uuid, $3::uuid,
          CASE WHEN i % 5 = 0 THEN NULL ELSE one.id END,
          CASE WHEN i % 5 = 0 THEN page.data
               WHEN i % 5 = 2 THEN jsonb_build_object('participantId', one.id, 'changedFields', jsonb_build_array('interpreterLanguage'))
               ELSE jsonb_build_object('participantId', one.id) END,
          md5(i::text) || md5('p' || i), md5('h' || i) || md5('q' || i)
        FROM generate_series($5::bigint, $6::bigint - 1) AS i
        JOIN bench_audit_ids one ON one.k = i % $8
        JOIN bench_audit_pages page ON page.page = (i / 5) % $9`, [new Date().toISOString(), u, org, opts.auditRows, a, b, base, m, pages]);
      // What the insert trigger would have written for the list events: one row per named participant.
      const t2 = performance.now();
      await query(`
        INSERT INTO audit_event_participants (participant_id, event_id)
        SELECT one.id, $3::bigint + 1 + i
        FROM generate_series($1::bigint, $2::bigint - 1) AS i JOIN bench_audit_ids one ON one.k / 50 = (i / 5) % $4
        WHERE i % 5 = 0`, [a, b, base, pages]);
      log(`  audit events ${a.toLocaleString('en')}..${(b - 1).toLocaleString('en')}: ${((t2 - t) / 1000).toFixed(1)} s, their participants ${((performance.now() - t2) / 1000).toFixed(1)} s`);
    }
    // Ids after the bulk rows, and the chain continues from the newest row as usual.
    await query(`SELECT setval(pg_get_serial_sequence('audit_events', 'id'), (SELECT max(id) FROM audit_events))`);
    const ti = performance.now();
    await query('CREATE INDEX audit_participant_idx ON audit_events (participant_id, id)');
    await query('ALTER TABLE audit_event_participants ADD CONSTRAINT audit_event_participants_participant_id_event_id_pk PRIMARY KEY (participant_id, event_id)');
    log(`  audit indexes built in ${((performance.now() - ti) / 1000).toFixed(1)} s`);
    await query('RESET maintenance_work_mem');
    auditSeconds = (performance.now() - ta) / 1000;
  }
  const tv = performance.now();
  await query('VACUUM (ANALYZE) audit_events');
  await query('VACUUM (ANALYZE) audit_event_participants');
  await query('ANALYZE');
  await query('CHECKPOINT');
  log(`  VACUUM, ANALYZE, CHECKPOINT in ${((performance.now() - tv) / 1000).toFixed(1)} s`);
  const [f] = await query<Omit<HistoryFacts, 'seconds' | 'auditSeconds'>>(`
    SELECT (SELECT count(*)::int FROM sessions) AS sessions, (SELECT count(*)::int FROM guidance_sessions) AS "guidanceSessions",
           (SELECT count(*)::int FROM guidance_notes) AS notes,
           (SELECT count(*)::int FROM postponements) AS postponements, (SELECT count(*)::int FROM audit_events) AS audit,
           (SELECT count(*)::bigint FROM audit_event_participants)::float8 AS "auditParticipants",
           pg_size_pretty(pg_table_size('audit_events')) AS "auditSize", pg_size_pretty(pg_indexes_size('audit_events')) AS "auditIndexes",
           pg_size_pretty(pg_total_relation_size('audit_event_participants')) AS "sideSize"`);
  return { ...f!, auditSeconds, seconds: (performance.now() - t0) / 1000 };
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
