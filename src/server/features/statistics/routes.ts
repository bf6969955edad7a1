import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { dashboardJson, dashboardQuery, factSheetJson, factSheetQuery } from './schemas.ts';
import { dashboard, factSheet, tablesToCsv } from './service.ts';

/** Aggregates only, never a person; counts 1–4 outside your own organisation show as "under-5". See service.ts for who sees what. */
export async function statisticsRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['statistics'];
  const csvHeaders = { 'cache-control': 'no-store' };

  r.get('/statistics/dashboard', {
    schema: {
      tags, summary: 'Dashboard of a municipality, a career centre, a county or the country for a settlement period (aggregates only)',
      querystring: dashboardQuery, response: { 200: dashboardJson, ...errorResponses },
    },
  }, (req) => dashboard(db, actorOf(req), req.query));

  r.get('/statistics/dashboard.csv', {
    schema: {
      tags, summary: 'The dashboard tables as CSV (table, row, unit, value); `table` picks one',
      querystring: dashboardQuery, response: { 200: z.string(), ...errorResponses },
    },
  }, async (req, reply) => {
    const d = await dashboard(db, actorOf(req), req.query, 'csv');
    const csv = tablesToCsv(d.tables, req.query.table);
    return reply.type('text/csv; charset=utf-8').headers(csvHeaders)
      .header('content-disposition', `attachment; filename="statistikk-${d.level}-${req.query.table ?? 'alle'}-${d.from}-${d.to}.csv"`)
      .send(csv);
  });

  r.get('/statistics/fact-sheet', {
    schema: {
      tags, summary: 'The county fact sheet for a year: unique users, sessions, group sessions; users by age band, gender, education, country background',
      querystring: factSheetQuery, response: { 200: factSheetJson, ...errorResponses },
    },
  }, (req) => factSheet(db, actorOf(req), req.query));

  r.get('/statistics/fact-sheet.csv', {
    schema: {
      tags, summary: 'The fact-sheet tables as CSV (table, row, unit, value); `table` picks one',
      querystring: factSheetQuery, response: { 200: z.string(), ...errorResponses },
    },
  }, async (req, reply) => {
    const f = await factSheet(db, actorOf(req), req.query, 'csv');
    const csv = tablesToCsv(f.tables, req.query.table);
    return reply.type('text/csv; charset=utf-8').headers(csvHeaders)
      .header('content-disposition', `attachment; filename="faktaark-${f.year}-${req.query.table ?? 'alle'}.csv"`)
      .send(csv);
  });
}
