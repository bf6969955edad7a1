import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses, noContent } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import {
  absenceInput, absenceJson, absenceList, assignResult, centreMunicipalityList, contactInput, contactPatch, contactPeriodJson,
  contactsToday, removeBody,
} from './schemas.ts';
import {
  assignContact, listAbsences, listCentreMunicipalities, myContacts, recordAbsence, removeAbsence, removeContact, updateContact,
} from './service.ts';

/** Fixed contacts, deputies and absences between a career centre and its municipalities (issue 13). */
export async function cooperationRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cooperation'];

  r.get('/cooperation/my-contacts', {
    schema: { tags, summary: "Your municipality's fixed contact and deputies at the career centre today (municipality roles)", response: { 200: contactsToday, ...errorResponses } },
  }, (req) => myContacts(db, actorOf(req)));

  r.get('/cooperation/municipalities', {
    schema: {
      tags, summary: "Your career centre's municipalities with contact, deputies, periods and what is missing (centre roles)",
      response: { 200: centreMunicipalityList, ...errorResponses },
    },
  }, (req) => listCentreMunicipalities(db, actorOf(req)));

  r.post('/cooperation/contacts', {
    schema: {
      tags, summary: 'Assign a contact or deputy for a period (centre lead); optionally hand over the open orders',
      body: contactInput, response: { 201: assignResult, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await assignContact(db, actorOf(req), req.body)));

  r.patch('/cooperation/contacts/:id', {
    schema: { tags, summary: "Change a period's dates (centre lead; 409 if stale)", params: idParam, body: contactPatch, response: { 200: contactPeriodJson, ...errorResponses } },
  }, (req) => updateContact(db, actorOf(req), req.params.id, req.body));

  r.post('/cooperation/contacts/:id/remove', {
    schema: { tags, summary: 'Remove a period (centre lead; kept in the history and the audit trail)', params: idParam, body: removeBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await removeContact(db, actorOf(req), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });

  r.get('/cooperation/absences', {
    schema: { tags, summary: 'Current and planned absences at your career centre (centre roles)', response: { 200: absenceList, ...errorResponses } },
  }, (req) => listAbsences(db, actorOf(req)));

  r.post('/cooperation/absences', {
    schema: { tags, summary: 'Record an absence (the lead for anyone, a counsellor for themself)', body: absenceInput, response: { 201: absenceJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await recordAbsence(db, actorOf(req), req.body)));

  r.post('/cooperation/absences/:id/remove', {
    schema: { tags, summary: 'Remove an absence (soft; 409 if stale)', params: idParam, body: removeBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await removeAbsence(db, actorOf(req), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });
}
