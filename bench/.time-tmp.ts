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
const stats = await actor('statistikk@veivalg.demo'); const bergen = await actor('leder@bergen.demo');
const all = { from: addDays(todayInOslo(), -1200), to: todayInOslo() };
const withOld = process.argv.includes('--old');
const t = async (f: () => Promise<unknown>) => { const t0 = performance.now(); await f(); return Math.round(performance.now() - t0); };
for (let i = 0; i < Number(process.argv[2] ?? 3); i++) {
  const base = await t(() => c.query('select count(*) from participants'));
  const nn = await t(() => dashboard(db, stats, all)); const nb = await t(() => dashboard(db, bergen, all));
  const on = withOld ? await t(() => oldDashboard(db, stats, all)) : 0; const ob = withOld ? await t(() => oldDashboard(db, bergen, all)) : 0;
  console.log(`count ${base}  new national ${nn} bergen ${nb}  old national ${on} bergen ${ob}  load ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
}
await c.end(); await close();
