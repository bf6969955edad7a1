import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses, noContent } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import {
  documentCreate, documentJson, documentList, documentPatch, removeDocumentBody, templateJson, templateList, versionCreate, versionJson, versionParams,
} from './documents-schemas.ts';
import {
  createDocument, getDocument, getTemplate, getVersion, listDocuments, listTemplates, publishVersion, removeDocument, updateDocument,
} from './documents-service.ts';

/** Shared agreements and routines, versioned, between a career centre and its municipalities (issue 13, item 3). */
export async function cooperationDocumentRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cooperation'];

  r.get('/cooperation/documents', {
    schema: { tags, summary: "Your centre's agreements and routines, or those your municipality is a party to", response: { 200: documentList, ...errorResponses } },
  }, (req) => listDocuments(db, actorOf(req)));

  r.post('/cooperation/documents', {
    schema: {
      tags, summary: 'Write a new agreement or routine with its first version (centre lead); optionally from a published template',
      body: documentCreate, response: { 201: documentJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createDocument(db, actorOf(req), req.body)));

  r.get('/cooperation/documents/:id', {
    schema: { tags, summary: 'A document with the version in force today and its list of versions', params: idParam, response: { 200: documentJson, ...errorResponses } },
  }, (req) => getDocument(db, actorOf(req), req.params.id));

  r.patch('/cooperation/documents/:id', {
    schema: {
      tags, summary: 'Change title, owner, parties, review date or template publishing (lead or owner; 409 if stale)',
      params: idParam, body: documentPatch, response: { 200: documentJson, ...errorResponses },
    },
  }, (req) => updateDocument(db, actorOf(req), req.params.id, req.body));

  r.post('/cooperation/documents/:id/versions', {
    schema: {
      tags, summary: 'Publish a new version with a change note (lead or owner; 409 if stale)',
      params: idParam, body: versionCreate, response: { 201: documentJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await publishVersion(db, actorOf(req), req.params.id, req.body)));

  r.get('/cooperation/documents/:id/versions/:versionNumber', {
    schema: { tags, summary: "One version's text: current, earlier or upcoming", params: versionParams, response: { 200: versionJson, ...errorResponses } },
  }, (req) => getVersion(db, actorOf(req), req.params.id, req.params.versionNumber));

  r.post('/cooperation/documents/:id/remove', {
    schema: { tags, summary: 'Remove a document (centre lead; soft, kept in the audit trail; 409 if stale)', params: idParam, body: removeDocumentBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await removeDocument(db, actorOf(req), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });

  r.get('/cooperation/document-templates', {
    schema: { tags, summary: 'Templates published by career centres (centre roles)', response: { 200: templateList, ...errorResponses } },
  }, (req) => listTemplates(db, actorOf(req)));

  r.get('/cooperation/document-templates/:id', {
    schema: { tags, summary: "A published template's text in force today, to start from (centre roles)", params: idParam, response: { 200: templateJson, ...errorResponses } },
  }, (req) => getTemplate(db, actorOf(req), req.params.id));
}
