import pg from 'pg';
import { openDatabase } from '../src/server/db/client.ts';
import { dashboard } from '../src/server/features/statistics/service.ts';
import { dashboard as oldDashboard } from '../src/server/features/statistics/.orig-tmp.ts';
import { addDays, todayInOslo } from '../src/domain/index.ts';
const url = 'postgres://postgres:veivalg-ci@127.0.0.1:5432/veivalg_bench_statistics';
const { db, close } = await openDatabase({ databaseUrl: url });
const c = new pg.Client({ connectionString: url }); await c.connect();
const one = async (q: string) => (await c.query(q)).rows[0];
const actor = async (email: string) => { const u = await one(`select u.id, u.name, u.email, u.role, u.organisation_id, o.kind, o.name org from users u left join organisations o on o.id = u.organisation_id where email = '${email}'`);
  return { userId: u.id, name: u.name, email: u.email, role: u.role, organisationId: u.organisation_id, organisationKind: u.kind, organisationName: u.org, sessionTokenHash: 'x' } as any; };
const stats = await actor('statistikk@veivalg.demo'); const bergen = await actor('leder@bergen.demo'); const kv = await actor('leder@vestland.demo');
const county = await one(`select id from counties where name = 'Benchfylke 3'`);
const small = await one(`select id from organisations where name like 'Benchkommune%' order by id limit 1`);
const all = { from: addDays(todayInOslo(), -1200), to: todayInOslo() };
const cases: [string, any, any][] = [
  ['national', stats, { ...all }], ['national default', stats, {}], ['county', stats, { level: 'county', countyId: county.id, ...all }],
  ['centre', kv, { ...all }], ['bergen', bergen, { ...all }], ['small', stats, { level: 'municipality', organisationId: small.id, ...all }],
  ['small exact 100d', bergen, { from: addDays(todayInOslo(), -100), to: todayInOslo() }],
];
let bad = 0;
for (const [name, a, q] of cases) {
  const n = await dashboard(db, a, q); const o = await oldDashboard(db, a, q);
  const same = JSON.stringify(n.tables) === JSON.stringify(o.tables);
  if (!same) { bad++; console.log(name, 'DIFFERS'); console.log(JSON.stringify(o.tables)); console.log(JSON.stringify(n.tables)); }
  else console.log(name, 'same', JSON.stringify(n.tables.find((t) => t.id === 'hours')!.rows.map((r) => r.value)));
}
await c.end(); await close(); process.exit(bad ? 1 : 0);
