import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { appState, participants } from '../../db/schema.ts';
import { syncGuidanceRights } from './sync.ts';

const END_6A = 'integreringsloven-6a-collective-protection:ends';
const ukrainian = {
  givenName: 'Olena', familyName: 'Etter-6A', birthDate: '1990-01-01', nationalId: null, residenceBasis: 'collective-protection',
  permitDate: '2026-07-20', settlementDate: '2026-08-01', programmeRequestDate: null, preferredLanguage: 'uk', interpreterLanguage: 'uk',
};
type Change = { id: string; date: string; timing: string; affectedCount: number; affected: { id: string; before: string; after: string }[] };

describe.each(databaseKinds)('Regelendringer (rule changes and whom they affect) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('the municipality lead sees the end of chapter 6A with the participants it changed from "right" to "right and duty"', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', ukrainian)).body;
    expect(p.guidanceRight).toBe('right-and-duty');
    const lead = await t.as('leder@bergen.demo');
    const res = await lead.get('/api/v1/rules/changes');
    expect(res.status).toBe(200);
    const end = (res.body.changes as Change[]).find((c) => c.id === END_6A)!;
    expect(end).toMatchObject({ date: '2026-07-01', timing: 'past' });
    expect(end.affected).toContainEqual(expect.objectContaining({ id: p.id, before: 'right', after: 'right-and-duty' }));
    expect(end.affectedCount).toBeGreaterThanOrEqual(end.affected.length);
    const rule = res.body.rules.find((r: { id: string }) => r.id === 'integreringsloven-6a-collective-protection');
    expect(rule).toMatchObject({ effectiveFrom: '2022-06-15', effectiveUntil: '2026-07-01', law: expect.stringContaining('§ 37 b') });
  });

  it("the centre lead sees only participants with an order sent to the centre; an adviser is refused; the administrator sees rules, no people", async () => {
    const centreLead = await t.as('leder@vestland.demo');
    const res = await centreLead.get('/api/v1/rules/changes');
    expect(res.status).toBe(200);
    const names = (res.body.changes as Change[]).flatMap((c) => c.affected.map((a) => (a as unknown as { familyName: string }).familyName));
    expect(names).not.toContain('Etter-6A');
    expect((await (await t.as('radgiver@bergen.demo')).get('/api/v1/rules/changes')).status).toBe(403);
    const admin = await t.as('admin@veivalg.demo');
    const adminView = await admin.get('/api/v1/rules/changes');
    expect(adminView.status).toBe(200);
    expect((adminView.body.changes as Change[]).every((c) => c.affectedCount === 0 && c.affected.length === 0)).toBe(true);
    expect((await t.client().get('/api/v1/rules/changes')).status).toBe(401);
  });

  it('a release with changed rules recomputes stored answers once, records the change on the participant and in the audit trail', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', { ...ukrainian, familyName: 'Lagret' })).body;
    const db = t.database.db;
    // As if the participant was stored by the old release (chapter 6A without an end): "right".
    await db.update(participants).set({ guidanceRight: 'right', guidanceRightChange: null }).where(eq(participants.id, p.id));
    await db.update(appState).set({ value: 'an older rule table' }).where(eq(appState.key, 'guidance-right-rules'));
    expect(await syncGuidanceRights(db)).toBeGreaterThanOrEqual(1);
    expect(await syncGuidanceRights(db)).toBe(0);
    const after = (await adviser.get(`/api/v1/participants/${p.id}`)).body;
    expect(after.guidanceRightChange).toMatchObject({ from: 'right', to: 'right-and-duty', cause: 'rules' });
    const trail = (await (await t.as('leder@bergen.demo')).get(`/api/v1/participants/${p.id}/audit`)).body.items;
    expect(trail).toContainEqual(expect.objectContaining({ type: 'participant.guidance-right-changed' }));
  });
});
