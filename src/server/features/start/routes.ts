import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, count, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { guidanceOrders, participants } from '../../db/schema.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { todayInOslo } from '../../../domain/index.ts';
import { participantScope } from '../participants/policy.ts';
import { deadlineStatusCondition } from '../participants/status-filter.ts';
import { orderScope } from '../orders/policy.ts';
import { noteCounts } from '../notes/lists.ts';
import { countsParticipantsOnStart } from './policy.ts';

/** The start page's counts; the web app's `StartCounts` type is inferred from it (src/web/types.ts). */
export const counts = z.object({
  counts: z.object({
    participants: z.number().optional(),
    deadlineDueSoon: z.number().optional(),
    deadlineOverdue: z.number().optional(),
    ordersDraft: z.number().optional(),
    ordersSent: z.number().optional(),
    ordersAccepted: z.number().optional(),
    ordersScheduled: z.number().optional(),
    // The counsellor's note: unread sent notes and open plan tasks (municipality); drafts and reviews (centre).
    notesUnread: z.number().optional(),
    planTasksOpen: z.number().optional(),
    notesDraft: z.number().optional(),
    notesInReview: z.number().optional(),
    // The reviewer's queue (centre): notes you were asked to review; the lead: all notes in review at the centre.
    notesToReview: z.number().optional(),
  }),
});

/** Counts for the start page: only numbers, no personal data, so no audit event. */
export async function startRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.withTypeProvider<ZodTypeProvider>().get('/start', {
    schema: { tags: ['start'], summary: 'Counts for your start page', response: { 200: counts, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const pScope = participantScope(actor);
    const oScope = orderScope(actor);
    const today = todayInOslo();
    const countParticipants = async (where?: SQL) =>
      (await db.select({ n: count() }).from(participants).where(and(pScope!, where)))[0]!.n;
    const countOrders = async (status: 'draft' | 'sent' | 'accepted' | 'scheduled') =>
      (await db.select({ n: count() }).from(guidanceOrders).where(and(oScope!, eq(guidanceOrders.status, status))))[0]!.n;
    const result: z.infer<typeof counts>['counts'] = {};
    if (pScope && countsParticipantsOnStart(actor)) {
      result.participants = await countParticipants();
      result.deadlineDueSoon = await countParticipants(deadlineStatusCondition(participants, 'due-soon', today));
      result.deadlineOverdue = await countParticipants(deadlineStatusCondition(participants, 'overdue', today));
      result.ordersDraft = await countOrders('draft');
    }
    if (oScope) {
      result.ordersSent = await countOrders('sent');
      result.ordersAccepted = await countOrders('accepted');
      result.ordersScheduled = await countOrders('scheduled');
    }
    Object.assign(result, await noteCounts(db, actor));
    return { counts: result };
  });
}
