import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses, noContent } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import type { Senders } from '../../outbox/outbox.ts';
import {
  copyRequestInput, correctionInput, createNoteInput, draftInput, exportJson as exportJsonSchema, feedbackInput, feedbackJson, imdinettJson, noteJson, noteListJson,
  noteListQuery, notificationListJson, participantVersionJson, planTaskListJson, planTaskQuery, reviewInput, reviewRequestInput, revisionJson,
  revisionListJson, revisionParams, settingsInput, settingsJson, versionInput, wordingInput, wordingJson, wordingListJson, wordingPatch,
  wordingQuery,
} from './schemas.ts';
import * as notes from './workflow.ts';
import * as revisions from './revisions-exports.ts';
import * as feedback from './feedback-tasks.ts';
import * as lists from './lists.ts';
import { listNotifications, markNotificationRead } from './notifications.ts';
import { createWording, listWordings, updateWording } from './wordings.ts';
import { getSettings, updateSettings } from './settings.ts';

export async function noteRoutes(app: FastifyInstance, { db, publicUrl, senders }: { db: Db; publicUrl: string; senders: Senders }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notes'];
  const deps = { publicUrl, senders };

  r.get('/orders/:id/note', {
    schema: {
      tags, summary: "The order's note: the centre sees the draft, the municipality the newest sent snapshot (its first opening is the read receipt)",
      params: idParam, response: { 200: noteJson, ...errorResponses },
    },
  }, (req) => notes.getOrderNote(db, actorOf(req), req.params.id));

  r.post('/orders/:id/note', {
    schema: {
      tags, summary: 'Start the note (centre roles): background prefilled from the handover brief, language and interpreter from the order and sessions',
      params: idParam, body: createNoteInput, response: { 201: noteJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await notes.createNote(db, actorOf(req), req.params.id)));

  r.put('/notes/:id/draft', {
    schema: {
      tags, summary: 'Autosave the draft (409 when stale, in review, approved or sent)',
      params: idParam, body: draftInput, response: { 200: noteJson, ...errorResponses },
    },
  }, (req) => notes.saveDraft(db, actorOf(req), req.params.id, req.body));

  r.get('/notes/:id/revisions', {
    schema: { tags, summary: 'Revisions of the note (the municipality sees sent snapshots only)', params: idParam, response: { 200: revisionListJson, ...errorResponses } },
  }, (req) => revisions.listRevisions(db, actorOf(req), req.params.id));

  r.get('/notes/:id/revisions/:number', {
    schema: { tags, summary: 'One revision with its content', params: revisionParams, response: { 200: revisionJson, ...errorResponses } },
  }, (req) => revisions.getRevision(db, actorOf(req), req.params.id, req.params.number));

  r.post('/notes/:id/review-request', {
    schema: {
      tags, summary: 'The author asks another counsellor of the centre to review the note',
      params: idParam, body: reviewRequestInput, response: { 200: noteJson, ...errorResponses },
    },
  }, (req) => notes.requestReview(db, actorOf(req), req.params.id, req.body));

  r.post('/notes/:id/reviews', {
    schema: {
      tags, summary: 'The named reviewer comments, approves or asks for changes',
      params: idParam, body: reviewInput, response: { 200: noteJson, ...errorResponses },
    },
  }, (req) => notes.reviewNote(db, actorOf(req), req.params.id, req.body));

  r.post('/notes/:id/reopen', {
    schema: {
      tags, summary: 'Take a note in review or approved back to draft (drops the approval)',
      params: idParam, body: versionInput, response: { 200: noteJson, ...errorResponses },
    },
  }, (req) => notes.reopenNote(db, actorOf(req), req.params.id, req.body.version));

  r.post('/notes/:id/send', {
    schema: {
      tags, summary: "Send the note: a frozen snapshot, the adviser's plan task and notifications (409 review-required when the centre requires approval)",
      params: idParam, body: versionInput, response: { 200: noteJson, ...errorResponses },
    },
  }, (req) => notes.sendNote(db, actorOf(req), req.params.id, req.body.version, deps));

  r.post('/notes/:id/corrections', {
    schema: {
      tags, summary: 'Correct a sent note: a new snapshot with a reason; earlier snapshots stay readable',
      params: idParam, body: correctionInput, response: { 200: noteJson, ...errorResponses },
    },
  }, (req) => notes.correctNote(db, actorOf(req), req.params.id, req.body, deps));

  r.get('/notes/:id/export.json', {
    schema: { tags, summary: 'The newest sent snapshot as structured JSON', params: idParam, response: { 200: exportJsonSchema, ...errorResponses } },
  }, async (req, reply) => {
    const body = await revisions.exportJson(db, actorOf(req), req.params.id);
    return reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="notat-${body.sentNumber}.json"`).send(body);
  });

  r.get('/notes/:id/export/imdinett', {
    schema: { tags, summary: 'Copy-ready text blocks (Norwegian labels) for entry in IMDinett', params: idParam, response: { 200: imdinettJson, ...errorResponses } },
  }, async (req, reply) => reply.header('cache-control', 'no-store').send(await revisions.exportImdinett(db, actorOf(req), req.params.id)));

  r.get('/notes/:id/participant-version', {
    schema: {
      tags, summary: "The participant's plain-language copy, as the centre's policy allows",
      params: idParam, response: { 200: participantVersionJson, ...errorResponses },
    },
  }, async (req, reply) => reply.header('cache-control', 'no-store').send(await revisions.participantVersion(db, actorOf(req), req.params.id)));

  r.put('/notes/:id/participant-copy-request', {
    schema: {
      tags, summary: '"Deltakeren har bedt om kopi": record or withdraw the participant\'s request for a copy (programme adviser, municipality lead, counsellor)',
      params: idParam, body: copyRequestInput, response: { 200: noteJson, ...errorResponses },
    },
  }, (req) => revisions.setParticipantCopyRequest(db, actorOf(req), req.params.id, req.body));

  r.put('/notes/:id/feedback', {
    schema: {
      tags, summary: 'The municipality records how the recommendation was used; closes the plan task',
      params: idParam, body: feedbackInput, response: { 200: feedbackJson, ...errorResponses },
    },
  }, (req) => feedback.giveFeedback(db, actorOf(req), req.params.id, req.body));

  r.get('/notes', {
    schema: {
      tags, summary: "Notes in scope; unread=true: sent notes nobody in the municipality has opened within its limit; reviewing=me: the reviewer's queue (centre)",
      querystring: noteListQuery, response: { 200: noteListJson, ...errorResponses },
    },
  }, (req) => lists.listNotes(db, actorOf(req), req.query));

  r.get('/plan-tasks', {
    schema: { tags, summary: "The municipality's integration-plan follow-up tasks", querystring: planTaskQuery, response: { 200: planTaskListJson, ...errorResponses } },
  }, (req) => feedback.listPlanTasks(db, actorOf(req), req.query.status));

  r.get('/notifications', {
    schema: { tags: ['notifications'], summary: 'Your own notifications, newest first', response: { 200: notificationListJson, ...errorResponses } },
  }, (req) => listNotifications(db, actorOf(req)));

  r.post('/notifications/:id/read', {
    schema: { tags: ['notifications'], summary: 'Mark one of your notifications read', params: idParam, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await markNotificationRead(db, actorOf(req), req.params.id);
    return reply.code(204).send(null);
  });

  r.get('/wordings', {
    schema: { tags: ['wordings'], summary: "The centre's library of wordings and recommendations", querystring: wordingQuery, response: { 200: wordingListJson, ...errorResponses } },
  }, (req) => listWordings(db, actorOf(req), req.query));

  r.post('/wordings', {
    schema: { tags: ['wordings'], summary: 'Add a wording (centre lead)', body: wordingInput, response: { 201: wordingJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createWording(db, actorOf(req), req.body)));

  r.patch('/wordings/:id', {
    schema: { tags: ['wordings'], summary: 'Edit or archive a wording (centre lead)', params: idParam, body: wordingPatch, response: { 200: wordingJson, ...errorResponses } },
  }, (req) => updateWording(db, actorOf(req), req.params.id, req.body));

  r.get('/note-settings', {
    schema: { tags, summary: "Your organisation's note policies", response: { 200: settingsJson, ...errorResponses } },
  }, (req) => getSettings(db, actorOf(req)));

  r.put('/note-settings', {
    schema: { tags, summary: "Change your organisation's note policies (leads; each side its own fields)", body: settingsInput, response: { 200: settingsJson, ...errorResponses } },
  }, (req) => updateSettings(db, actorOf(req), req.body));
}
