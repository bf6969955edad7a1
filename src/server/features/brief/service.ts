import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx, Reader } from '../../db/client.ts';
import { briefChecklistConfigs, guidanceOrders, handoverBriefItems, organisations, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import {
  DEFAULT_STALE_AFTER_DAYS, briefCompleteness, defaultChecklistConfig, checkChecklistConfig, handoverChecklist, isStale, itemUse, todayInOslo,
  type BriefCompleteness, type BriefItemState, type BriefItemUse, type BriefSource, type ChecklistConfig,
} from '../../../domain/index.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { applyPermitDate, findParticipantInScope } from '../participants/service.ts';
import { mayWriteParticipants } from '../participants/policy.ts';
import { checklistEditorCentre, checklistReaderCentre, readsOwnChecklist, specialCategoryAccess } from './policy.ts';
import { definitionJson, type BriefJson, type BriefPatch, type ChecklistPatch } from './schemas.ts';
import { parseImport, type ImportRowError } from './import.ts';
import { translate, type Lang } from '../../http/messages.ts';

type ItemRow = typeof handoverBriefItems.$inferSelect;

// ─── Configuration ──────────────────────────────────────────────────────────────────────────────────────────────

interface StoredConfig extends ChecklistConfig { version: number }

const defaults = (): StoredConfig => ({ uses: {}, staleAfterDays: DEFAULT_STALE_AFTER_DAYS, version: 0 });

/** Each centre's checklist; a centre without a saved one gets the defaults (version 0). */
async function configsFor(db: Reader, centreIds: string[]): Promise<Map<string, StoredConfig>> {
  const map = new Map<string, StoredConfig>();
  const ids = [...new Set(centreIds)];
  if (ids.length) {
    const rows = await db.select().from(briefChecklistConfigs).where(inArray(briefChecklistConfigs.careerCentreId, ids));
    for (const r of rows) map.set(r.careerCentreId, { uses: r.uses as ChecklistConfig['uses'], staleAfterDays: r.staleAfterDays, version: r.version });
  }
  for (const id of ids) if (!map.has(id)) map.set(id, defaults());
  return map;
}

// ─── Completeness (also shown on orders and enforced when an order is sent) ─────────────────────────────────────

const stateOf = (r: Pick<ItemRow, 'itemKey' | 'unknown' | 'value'>): BriefItemState =>
  ({ key: r.itemKey, unknown: r.unknown, answered: !r.unknown && r.value !== null });

/** Completeness of each (participant, career centre) pair, against that centre's checklist. */
export async function completenessFor(
  db: Reader, pairs: { participantId: string; careerCentreId: string }[],
): Promise<(p: { participantId: string; careerCentreId: string }) => BriefCompleteness> {
  const participantIds = [...new Set(pairs.map((p) => p.participantId))];
  const rows = participantIds.length
    ? await db.select({ participantId: handoverBriefItems.participantId, itemKey: handoverBriefItems.itemKey, unknown: handoverBriefItems.unknown, value: handoverBriefItems.value })
      .from(handoverBriefItems).where(inArray(handoverBriefItems.participantId, participantIds))
    : [];
  const configs = await configsFor(db, pairs.map((p) => p.careerCentreId));
  return (p) => briefCompleteness(configs.get(p.careerCentreId) ?? defaults(), rows.filter((r) => r.participantId === p.participantId).map(stateOf));
}

/**
 * Refuses to send an order whose brief lacks required items (answered or explicitly unknown): 409 naming each
 * missing item as a field `brief.<key>`. Called inside the transaction that sends the order.
 */
export async function assertBriefComplete(tx: Reader, participantId: string, careerCentreId: string): Promise<void> {
  const result = (await completenessFor(tx, [{ participantId, careerCentreId }]))({ participantId, careerCentreId });
  if (!result.complete) {
    throw new AppError(409, 'brief.incomplete', { n: result.missing.length }, result.missing.map((k) => ({ path: `brief.${k}`, key: 'brief.item-missing' })));
  }
}

/**
 * A new order carries the language the adviser recorded when registering the participant, unless the brief
 * already has it: the language item is required by default and decides the interpreter booking. Returns the
 * keys it filled, for the order's audit event (the same transaction).
 */
export async function prefillLanguage(
  tx: Tx, actor: Actor, p: { id: string; preferredLanguage: string; interpreterLanguage: string | null },
): Promise<string[]> {
  const value = p.interpreterLanguage ? { preferred: p.preferredLanguage, interpreter: p.interpreterLanguage } : { preferred: p.preferredLanguage };
  const inserted = await tx.insert(handoverBriefItems).values({
    participantId: p.id, itemKey: 'language', value, source: 'adviser', verifiedBy: actor.userId, verifiedOn: todayInOslo(),
  }).onConflictDoNothing().returning({ key: handoverBriefItems.itemKey });
  return inserted.map((r) => r.key);
}

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────────────────────

/** The career centre whose checklist applies: a centre's own; for a municipality, the centre that serves it. */
async function centreFor(db: Reader, actor: Actor, municipalityId: string): Promise<{ id: string; name: string } | null> {
  const centreId = readsOwnChecklist(actor)
    ? actor.organisationId
    : (await db.select({ c: organisations.servedByCareerCentreId }).from(organisations).where(eq(organisations.id, municipalityId)))[0]?.c ?? null;
  if (!centreId) return null;
  const [c] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, centreId));
  return c ?? null;
}

/**
 * Special-category items go to the participant's municipality (which wrote them) and to the counsellor
 * assigned to one of the participant's orders at the actor's centre; everyone else sees them as restricted.
 */
async function maySeeSpecialCategory(db: Reader, actor: Actor, participantId: string): Promise<boolean> {
  const access = specialCategoryAccess(actor);
  if (access !== 'if-assigned') return access === 'yes';
  const [assigned] = await db.select({ id: guidanceOrders.id }).from(guidanceOrders).where(and(
    eq(guidanceOrders.participantId, participantId), eq(guidanceOrders.careerCentreId, actor.organisationId!),
    eq(guidanceOrders.assignedCounsellorId, actor.userId), inArray(guidanceOrders.status, ['accepted', 'scheduled', 'completed']),
  )).limit(1);
  return Boolean(assigned);
}

/**
 * The brief as the actor may see it. Records a special-category read (with the item keys) whenever such an
 * item's content is returned; the caller records the ordinary read or write event.
 */
async function briefJsonFor(tx: Tx, actor: Actor, participant: { id: string; municipalityId: string }): Promise<BriefJson> {
  const centre = await centreFor(tx, actor, participant.municipalityId);
  const config = centre ? (await configsFor(tx, [centre.id])).get(centre.id)! : defaults();
  const rows = await tx.select({ item: handoverBriefItems, verifierName: users.name }).from(handoverBriefItems)
    .innerJoin(users, eq(users.id, handoverBriefItems.verifiedBy))
    .where(eq(handoverBriefItems.participantId, participant.id));
  const special = await maySeeSpecialCategory(tx, actor, participant.id);
  const today = todayInOslo();
  const specialRead: string[] = [];
  const items = handoverChecklist.map((def) => {
    const found = rows.find((r) => r.item.itemKey === def.key);
    const use = itemUse(config, def.key);
    const base = { ...definitionJson(def), use };
    if (def.specialCategory && !special) {
      return { ...base, state: 'restricted' as const, value: null, source: null, verifiedBy: null, verifiedOn: null, stale: false, version: null };
    }
    if (!found) return { ...base, state: 'missing' as const, value: null, source: null, verifiedBy: null, verifiedOn: null, stale: false, version: null };
    if (def.specialCategory) specialRead.push(def.key);
    const r = found.item;
    return {
      ...base,
      state: r.unknown ? 'unknown' as const : 'answered' as const,
      value: (r.value as Record<string, unknown> | null) ?? null,
      source: r.source,
      verifiedBy: { id: r.verifiedBy, name: found.verifierName },
      verifiedOn: r.verifiedOn,
      stale: isStale(r.verifiedOn, today, config.staleAfterDays),
      version: r.version,
    };
  });
  if (specialRead.length) await recordAudit(tx, actor, { type: 'brief.special-category-viewed', participantId: participant.id, itemKeys: specialRead });
  return {
    participantId: participant.id,
    careerCentre: centre,
    staleAfterDays: config.staleAfterDays,
    completeness: briefCompleteness(config, rows.map((r) => stateOf(r.item))),
    items,
  };
}

export async function getBrief(db: Db, actor: Actor, participantId: string): Promise<BriefJson> {
  const participant = await findParticipantInScope(db, actor, participantId);
  return db.transaction(async (tx) => {
    await recordAudit(tx, actor, { type: 'brief.viewed', participantId });
    return briefJsonFor(tx, actor, participant);
  });
}

// ─── Writing ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Only the participant's municipality fills the brief; a career centre reads it. */
async function writableParticipant(db: Db, actor: Actor, participantId: string) {
  const participant = await findParticipantInScope(db, actor, participantId);
  if (!mayWriteParticipants(actor)) throw forbidden();
  return participant;
}

export async function patchBrief(db: Db, actor: Actor, participantId: string, patch: BriefPatch): Promise<BriefJson> {
  const participant = await writableParticipant(db, actor, participantId);
  const keys = patch.items.map((i) => i.key);
  keys.forEach((k, i) => { if (keys.indexOf(k) !== i) throw new AppError(400, 'validation', {}, [{ path: `items.${i}.key`, key: 'brief.key-twice' }]); });
  patch.items.forEach((item, i) => {
    const hasValue = item.value !== undefined && item.value !== null;
    if (item.unknown && hasValue) throw new AppError(400, 'validation', {}, [{ path: `items.${i}.value`, key: 'brief.value-with-unknown' }]);
    if (!item.unknown && !hasValue) throw new AppError(400, 'validation', {}, [{ path: `items.${i}.value`, key: 'required' }]);
  });
  return db.transaction(async (tx) => {
    await writeItems(tx, actor, participantId, patch.items.map((item) => ({
      key: item.key, value: item.unknown ? null : item.value!, source: item.source as BriefSource,
      verifiedOn: todayInOslo(), expectedVersion: item.version ?? null,
    })));
    await recordAudit(tx, actor, { type: 'brief.updated', participantId, itemKeys: keys });
    return briefJsonFor(tx, actor, participant);
  });
}

export interface ItemWrite {
  key: string;
  value: Record<string, unknown> | null;
  source: BriefSource;
  verifiedOn: string;
  /** The version the writer read (null: no answer yet); undefined skips the check (the import replaces). */
  expectedVersion?: number | null;
}

/** Writes items of one brief inside a transaction, checking versions against rows locked for the update. */
export async function writeItems(tx: Tx, actor: Actor, participantId: string, items: ItemWrite[]): Promise<void> {
  for (const item of items) {
    const [current] = await tx.select({ version: handoverBriefItems.version }).from(handoverBriefItems)
      .where(and(eq(handoverBriefItems.participantId, participantId), eq(handoverBriefItems.itemKey, item.key))).for('update');
    if (item.expectedVersion !== undefined && (current?.version ?? null) !== item.expectedVersion) throw staleVersion();
    const values = {
      value: item.value, unknown: item.value === null, source: item.source, verifiedBy: actor.userId, verifiedOn: item.verifiedOn,
    };
    if (current) {
      await tx.update(handoverBriefItems).set({ ...values, version: sql`${handoverBriefItems.version} + 1`, updatedAt: new Date() })
        .where(and(eq(handoverBriefItems.participantId, participantId), eq(handoverBriefItems.itemKey, item.key)));
    } else {
      // Two first answers racing: the loser meets the primary key and gets 409 (duplicate).
      await tx.insert(handoverBriefItems).values({ participantId, itemKey: item.key, ...values });
    }
  }
}

/** Verification dates of a participant's items, for the import's "newer wins" rule. */
/**
 * When each answered item was last checked. An item marked "not known" is left out: a mapping that knows the answer
 * fills it, however recently someone wrote that they did not know (the default required set is often answered so).
 */
export async function verifiedDates(tx: Reader, participantId: string): Promise<Map<string, string>> {
  const rows = await tx.select({ key: handoverBriefItems.itemKey, on: handoverBriefItems.verifiedOn }).from(handoverBriefItems)
    .where(and(eq(handoverBriefItems.participantId, participantId), eq(handoverBriefItems.unknown, false)));
  return new Map(rows.map((r) => [r.key, r.on]));
}

/** A file with bad rows: nothing was stored; each row's line and reason go back to the adviser. */
export class ImportRejected extends Error {
  constructor(readonly rows: ImportRowError[]) { super('import rejected'); }
}

/**
 * Fills the brief from a mapping export, all or nothing. Imported items get source 'mapping-import' and the
 * mapping date as their verification date, so an old mapping shows as stale. An item verified after the
 * mapping date is kept (reported in `skipped`): a newer check beats an older export, but "not known" beats nothing.
 */
export async function importBrief(
  db: Db, actor: Actor, participantId: string, input: { format: 'csv' | 'json'; content: string }, lang: Lang,
) {
  const participant = await writableParticipant(db, actor, participantId);
  const parsed = parseImport(input.format, input.content, lang, todayInOslo());
  if (!parsed.ok) throw new ImportRejected(parsed.errors);
  return db.transaction(async (tx) => {
    if (parsed.permitDate) {
      // The export's permit date decides the § 11 answer; a date after settlement is reported on its line.
      try {
        await applyPermitDate(tx, actor, participant, parsed.permitDate.value);
      } catch (e) {
        if (!(e instanceof AppError) || e.status !== 400) throw e;
        throw new ImportRejected([{ line: parsed.permitDate.line, reason: translate(e.fields[0]?.key ?? 'invalid', lang) }]);
      }
    }
    const known = await verifiedDates(tx, participantId);
    const skipped = parsed.items.filter((i) => (known.get(i.key) ?? '') > i.mappedOn).map((i) => ({ key: i.key, verifiedOn: known.get(i.key)! }));
    const take = parsed.items.filter((i) => !skipped.some((s) => s.key === i.key));
    await writeItems(tx, actor, participantId, take.map((i) => ({ key: i.key, value: i.value, source: 'mapping-import', verifiedOn: i.mappedOn })));
    await recordAudit(tx, actor, { type: 'brief.imported', participantId, itemKeys: take.map((i) => i.key), format: input.format });
    return {
      importedKeys: take.map((i) => i.key), skipped, permitDate: parsed.permitDate?.value ?? null,
      brief: await briefJsonFor(tx, actor, participant),
    };
  });
}

// ─── The centre's checklist ─────────────────────────────────────────────────────────────────────────────────────

async function checklistJsonFor(db: Reader, centreId: string) {
  const [centre] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, centreId));
  if (!centre) throw notFound();
  const config = (await configsFor(db, [centreId])).get(centreId)!;
  return {
    careerCentre: centre,
    version: config.version,
    staleAfterDays: config.staleAfterDays,
    items: handoverChecklist.map((def) => ({
      ...definitionJson(def), use: itemUse(config, def.key), defaultUse: def.defaultRequired ? 'required' as const : 'needed' as const,
    })),
  };
}

export async function getChecklist(db: Db, actor: Actor) {
  const centreId = checklistReaderCentre(actor);
  if (!centreId) throw forbidden();
  return checklistJsonFor(db, centreId);
}

/**
 * Only the centre lead changes the checklist. `uses` replaces the centre's choices item by item (items not
 * named keep theirs); send the version you read (0 while the centre uses the defaults).
 */
export async function patchChecklist(db: Db, actor: Actor, patch: ChecklistPatch) {
  const centreId = checklistEditorCentre(actor);
  if (!centreId) throw forbidden();
  const problems = checkChecklistConfig(patch.uses ?? {});
  if (problems.length) {
    throw new AppError(400, 'validation', {}, problems.map((p) => ({
      path: `uses.${p.key}`, key: p.problem === 'unknown-item' ? 'brief.unknown-item' : 'brief.special-category-required',
    })));
  }
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(briefChecklistConfigs).where(eq(briefChecklistConfigs.careerCentreId, centreId)).for('update');
    if ((current?.version ?? 0) !== patch.version) throw staleVersion();
    // Only choices that differ from the default are stored: a centre that leaves an item at its default follows the
    // default when it changes (issue 16 widened the required set), instead of keeping a copy of the old one.
    const merged = { ...((current?.uses as Record<string, BriefItemUse>) ?? {}), ...(patch.uses ?? {}) };
    const uses = Object.fromEntries(Object.entries(merged).filter(([key, use]) => use !== itemUse(defaultChecklistConfig, key)));
    const staleAfterDays = patch.staleAfterDays ?? current?.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
    if (current) {
      await tx.update(briefChecklistConfigs).set({
        uses, staleAfterDays, updatedBy: actor.userId, version: sql`${briefChecklistConfigs.version} + 1`, updatedAt: new Date(),
      }).where(and(eq(briefChecklistConfigs.careerCentreId, centreId), eq(briefChecklistConfigs.version, current.version)));
    } else {
      await tx.insert(briefChecklistConfigs).values({ careerCentreId: centreId, uses, staleAfterDays, updatedBy: actor.userId });
    }
    await recordAudit(tx, actor, {
      type: 'brief-checklist.updated', organisationId: centreId,
      changedFields: [...Object.keys(patch.uses ?? {}).map((k) => `uses.${k}`), ...(patch.staleAfterDays !== undefined ? ['staleAfterDays'] : [])],
    });
  });
  return checklistJsonFor(db, centreId);
}
