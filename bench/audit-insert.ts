/**
 * What the side table costs a list request's audit INSERT (issue 19, migration 0031): one `participant.listed` event
 * with 50 ids, INSERTed and committed one at a time as the app does, alternately (a) as now: the insert trigger
 * writes 50 rows into audit_event_participants, no GIN index; (b) as before: no trigger, the GIN index on data.
 * On a fresh database with 40,000 list events (2 M side rows) behind it; 6 rounds of 2,000 INSERTs each way.
 *
 *   DATABASE_URL=postgres://postgres:…@127.0.0.1:5432/postgres npx tsx bench/audit-insert.ts
 */
import pg from 'pg';
import { randomUUID, randomBytes } from 'node:crypto';
const { openDatabase } = await import('../src/server/db/client.ts');
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL }); await admin.connect();
const name = `veivalg_ins_${randomBytes(4).toString('hex')}`;
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(process.env.DATABASE_URL!); url.pathname = `/${name}`;
const database = await openDatabase({ databaseUrl: url.toString() });
const c = new pg.Client({ connectionString: url.toString() }); await c.connect();
const ids = Array.from({ length: 5000 }, () => randomUUID());
// a base of 200k list events' worth of side rows + GIN entries, so neither index is tiny
await c.query(`SET session_replication_role = replica`);
await c.query(`INSERT INTO audit_events (type, data) SELECT 'participant.listed', jsonb_build_object('participantIds', (SELECT jsonb_agg(x) FROM unnest($1::text[]) WITH ORDINALITY u(x, k) WHERE k BETWEEN 1 + (i % 100) * 50 AND 50 + (i % 100) * 50)) FROM generate_series(1, 40000) i`, [ids]);
await c.query(`INSERT INTO audit_event_participants SELECT x::uuid, e.id FROM audit_events e, jsonb_array_elements_text(e.data -> 'participantIds') x`);
await c.query(`SET session_replication_role = DEFAULT`);
// The form before: a copy of the table with the same rows, the same insert trigger that draws the id, its indexes and
// the GIN index on data, but no side table. Both persist through the run, so the GIN index's pending list fills and is
// flushed into the index now and then as in production (the cost of a flush lands on the INSERT that triggers it).
await c.query('CREATE TABLE audit_events_gin (LIKE audit_events INCLUDING DEFAULTS)');
await c.query('INSERT INTO audit_events_gin SELECT * FROM audit_events');
await c.query('ALTER TABLE audit_events_gin ADD PRIMARY KEY (id)');
await c.query('CREATE INDEX ON audit_events_gin (participant_id, id)');
await c.query('CREATE INDEX ON audit_events_gin USING gin (data jsonb_path_ops)');
await c.query('CREATE TRIGGER chain BEFORE INSERT ON audit_events_gin FOR EACH ROW EXECUTE FUNCTION audit_events_chain()');
for (const t of ['audit_events', 'audit_events_gin', 'audit_event_participants']) await c.query(`VACUUM ANALYZE ${t}`);
const res: Record<string, number[]> = { side: [], gin: [] };
for (let round = 0; round < 6; round++) {
  for (const mode of ['side', 'gin'] as const) {
    const ins = `INSERT INTO ${mode === 'side' ? 'audit_events' : 'audit_events_gin'} (type, data) VALUES ('participant.listed', $1)`;
    await c.query('CHECKPOINT');
    const t = performance.now();
    for (let i = 0; i < 2000; i++) {
      const k = Math.floor(Math.random() * 100);
      await c.query(ins, [JSON.stringify({ participantIds: ids.slice(k * 50, k * 50 + 50) })]);
    }
    res[mode]!.push((performance.now() - t) / 2000);
  }
}
console.log(JSON.stringify(res, null, 0));
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(`median ms per INSERT: side table (trigger, no GIN) ${med(res.side!).toFixed(3)}, GIN (no trigger) ${med(res.gin!).toFixed(3)}`);
await c.end(); await database.close(); await admin.query(`DROP DATABASE ${name} WITH (FORCE)`); await admin.end();
