import { and, eq, sql } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { noteSettings } from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';
import { DEFAULT_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK, DEFAULT_PLAN_TASK_DUE_DAYS, DEFAULT_RETENTION_YEARS, DEFAULT_UNREAD_AFTER_DAYS, type ParticipantCopyPolicy } from '../../../domain/index.ts';
import { AppError, forbidden, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { SettingsInput } from './schemas.ts';

export interface NoteSettings {
  organisationId: string; version: number;
  reviewRequired: boolean; participantCopy: ParticipantCopyPolicy; unreadAfterDays: number; planTaskDueDays: number; centreAccessDays: number; retentionYears: number;
}

/**
 * An organisation's note policies; one that never saved any gets the defaults with version 0. A career centre's
 * row holds reviewRequired and participantCopy, a municipality's unreadAfterDays and planTaskDueDays: the
 * other columns of a row keep their defaults and mean nothing for that organisation.
 */
export async function settingsOf(db: Reader, organisationId: string): Promise<NoteSettings> {
  const [row] = await db.select().from(noteSettings).where(eq(noteSettings.organisationId, organisationId));
  if (row) {
    return {
      organisationId, version: row.version, reviewRequired: row.reviewRequired, participantCopy: row.participantCopy,
      unreadAfterDays: row.unreadAfterDays, planTaskDueDays: row.planTaskDueDays, centreAccessDays: row.centreAccessDays, retentionYears: row.retentionYears,
    };
  }
  return {
    organisationId, version: 0, reviewRequired: false, participantCopy: 'on-request',
    unreadAfterDays: DEFAULT_UNREAD_AFTER_DAYS, planTaskDueDays: DEFAULT_PLAN_TASK_DUE_DAYS,
    centreAccessDays: DEFAULT_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK, retentionYears: DEFAULT_RETENTION_YEARS,
  };
}

function ownOrganisation(actor: Actor): string {
  if (!actor.organisationId || (!isCareerCentreRole(actor) && !isMunicipalityRole(actor))) throw forbidden();
  return actor.organisationId;
}

export async function getSettings(db: Db, actor: Actor): Promise<NoteSettings> {
  return settingsOf(db, ownOrganisation(actor));
}

const centreFields = ['reviewRequired', 'participantCopy'] as const;
const municipalityFields = ['unreadAfterDays', 'planTaskDueDays', 'centreAccessDays', 'retentionYears'] as const;

/**
 * A centre lead sets review and the participant copy; a municipality lead the unread days, the task's due days and
 * how long the centre keeps access after the feedback.
 */
export async function updateSettings(db: Db, actor: Actor, input: SettingsInput): Promise<NoteSettings> {
  const organisationId = ownOrganisation(actor);
  if (actor.role !== 'career-centre-lead' && actor.role !== 'municipality-lead') throw forbidden();
  const mine: readonly string[] = actor.role === 'career-centre-lead' ? centreFields : municipalityFields;
  const theirs = [...centreFields, ...municipalityFields].filter((f) => !mine.includes(f) && input[f] !== undefined);
  if (theirs.length) throw new AppError(400, 'validation', {}, theirs.map((path) => ({ path, key: 'note-settings.not-yours' })));
  const changes = Object.fromEntries(mine.filter((f) => input[f as keyof SettingsInput] !== undefined).map((f) => [f, input[f as keyof SettingsInput]]));
  await db.transaction(async (tx) => {
    if (input.version === 0) {
      const inserted = await tx.insert(noteSettings).values({ organisationId, ...changes, updatedBy: actor.userId })
        .onConflictDoNothing().returning({ id: noteSettings.organisationId });
      if (!inserted.length) throw staleVersion();
    } else {
      const updated = await tx.update(noteSettings)
        .set({ ...changes, updatedBy: actor.userId, version: sql`${noteSettings.version} + 1`, updatedAt: new Date() })
        .where(and(eq(noteSettings.organisationId, organisationId), eq(noteSettings.version, input.version)))
        .returning({ id: noteSettings.organisationId });
      if (!updated.length) throw staleVersion();
    }
    await recordAudit(tx, actor, { type: 'note-settings.updated', organisationId, changedFields: Object.keys(changes) });
  });
  return settingsOf(db, organisationId);
}
