import { eq, type SQL } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import type { Role } from '../../auth/actor.ts';

/**
 * Who may keep the local offers (issue 18): the one place (issue 20, point 3). An editor keeps their own
 * organisation's offers only (service.ts scopes by organisation; any other is 404); which organisations may have an
 * editor is auth/actor.ts's localOfferEditorKinds.
 */

/** The local-offer editor alone writes local offers (issue 18, item 1: one role). */
export const localOfferEditors = ['local-offer-editor'] as const satisfies readonly Role[];

/** The review reminder goes to the organisation's local-offer editors (a condition on users). */
export const reviewReminderRecipients = (): SQL => eq(users.role, 'local-offer-editor');
