import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorBody, errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { langOf, translate } from '../../http/messages.ts';
import { todayInOslo } from '../../../domain/index.ts';
import { briefJson, briefPatch, checklistJson, checklistPatch, importInput, importResult } from './schemas.ts';
import { ImportRejected, getBrief, getChecklist, importBrief, patchBrief, patchChecklist } from './service.ts';
import { csvTemplate, jsonTemplate } from './import.ts';

const importError = errorBody.extend({
  rows: z.array(z.object({ line: z.number().int(), reason: z.string() })).optional()
    .describe('A rejected file: every bad row with its line (1 = the first line of the file) and the reason'),
});

export async function briefRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['brief'];

  r.get('/participants/:id/brief', {
    schema: {
      tags, summary: "A participant's handover brief against the career centre's checklist (special-category items only for the assigned counsellor and the municipality; each such read is audited)",
      params: idParam, response: { 200: briefJson, ...errorResponses },
    },
  }, (req) => getBrief(db, actorOf(req), req.params.id));

  r.patch('/participants/:id/brief', {
    schema: {
      tags, summary: 'Answer items of the brief, or mark them explicitly unknown (municipality); send each item\'s version (409 if stale)',
      params: idParam, body: briefPatch, response: { 200: briefJson, ...errorResponses },
    },
  }, (req) => patchBrief(db, actorOf(req), req.params.id, req.body));

  r.post('/participants/:id/brief/import', {
    schema: {
      tags, summary: 'Fill the brief from a competence-mapping export (CSV or JSON, see docs/api.md); all or nothing, bad rows reported with line and reason',
      params: idParam, body: importInput, response: { 200: importResult, ...errorResponses, 400: importError },
    },
  }, async (req, reply) => {
    const lang = langOf(req.headers['accept-language']);
    try {
      return await importBrief(db, actorOf(req), req.params.id, req.body, lang);
    } catch (e) {
      if (!(e instanceof ImportRejected)) throw e;
      return reply.code(400).send({
        error: 'brief.import-invalid',
        message: translate('brief.import-invalid', lang, { n: e.rows.length }),
        fields: [{ path: 'content', message: translate('brief.import-invalid', lang, { n: e.rows.length }) }],
        rows: e.rows,
      });
    }
  });

  r.get('/brief/import-template.csv', {
    schema: { tags, summary: 'A CSV import template with an example for every field', response: { 200: z.string(), ...errorResponses } },
  }, async (req, reply) => {
    actorOf(req);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="kartlegging-mal.csv"').send(csvTemplate(todayInOslo()));
  });

  r.get('/brief/import-template.json', {
    schema: { tags, summary: 'A JSON import template with an example for every field', response: { 200: z.string(), ...errorResponses } },
  }, async (req, reply) => {
    actorOf(req);
    return reply.type('application/json; charset=utf-8').header('content-disposition', 'attachment; filename="kartlegging-mal.json"').send(jsonTemplate(todayInOslo()));
  });

  r.get('/career-centre/brief-checklist', {
    schema: { tags, summary: "Your career centre's handover checklist: how each item is used, and when items go stale", response: { 200: checklistJson, ...errorResponses } },
  }, (req) => getChecklist(db, actorOf(req)));

  r.patch('/career-centre/brief-checklist', {
    schema: {
      tags, summary: 'Change the checklist (career-centre lead); send the version you read (0 while on the defaults)',
      body: checklistPatch, response: { 200: checklistJson, ...errorResponses },
    },
  }, (req) => patchChecklist(db, actorOf(req), req.body));
}
