import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client.ts';
import { dashboardFigureRows } from '../src/server/features/statistics/service.ts';
import { addDays, hoursEstimateOn, todayInOslo } from '../src/domain/index.ts';
const { db, close } = await openDatabase({ databaseUrl: 'postgres://postgres:veivalg-ci@127.0.0.1:5432/veivalg_bench_statistics' });
const today = todayInOslo();
const bergenId = ((await db.execute(sql`select id from organisations where name = 'Bergen kommune'`)) as any).rows[0].id;
const scope = process.argv[2] === 'bergen' ? sql`p.municipality_id = ${bergenId}` : sql`true`;
for (let i = 0; i < 2; i++) {
  const t0 = Date.now();
  const plan = await dashboardFigureRows(db, scope, addDays(today, -1200), today, today, hoursEstimateOn(today), true);
  console.log(`--- run ${i} ${Date.now() - t0} ms`);
  if (i === 1) for (const r of plan) console.log(Object.values(r)[0]);
}
await close();
