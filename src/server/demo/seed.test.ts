import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { seedDemo } from './seed.ts';
import {
  glossaryTerms, groupRegistrations, groupSessions, guidanceSessions, handoverBriefItems, journeyPlans, organisations, participantPageLinks,
  participantPageResources, participants, postponements,
} from '../db/schema.ts';
import { offerById } from '../../content/index.ts';
import type { PlanStep } from '../../domain/index.ts';
import { bookingsOverlap, isStale, todayInOslo } from '../../domain/index.ts';

describe.each(databaseKinds)('demo data on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { seed: false });
    await seedDemo(t.database.db);
  });
  afterAll(async () => { await t?.close(); });

  it('has briefs (stale items, one health item), sessions in every outcome, a nearly full group session and glossaries', async () => {
    const db = t.database.db;
    const items = await db.select().from(handoverBriefItems);
    expect(items.some((i) => isStale(i.verifiedOn, todayInOslo(), 180))).toBe(true);
    expect(items.filter((i) => i.itemKey === 'health-family')).toHaveLength(1);
    expect(items.some((i) => i.unknown)).toBe(true);
    const sessions = await db.select().from(guidanceSessions);
    expect(new Set(sessions.map((s) => s.outcome))).toEqual(new Set([null, 'held', 'no-show', 'broken-off', 'cancelled']));
    const groups = await db.select().from(groupSessions);
    const regs = await db.select().from(groupRegistrations);
    expect(groups.some((g) => g.startsAt > new Date() && g.capacity - regs.filter((r) => r.groupSessionId === g.id && r.status === 'registered').length === 1)).toBe(true);
    expect(regs.some((r) => r.attendance === 'attended')).toBe(true);
    expect((await db.select().from(glossaryTerms)).length).toBeGreaterThanOrEqual(20);
  });

  it('gives every postponed participant one open, reasoned postponement, and no one else', async () => {
    const db = t.database.db;
    const postponed = (await db.select({ id: participants.id, f: participants.guidancePostponed }).from(participants)).filter((p) => p.f).map((p) => p.id);
    expect(postponed.length).toBeGreaterThan(0);
    const open = (await db.select().from(postponements)).filter((p) => p.endedAt === null);
    expect(open.map((p) => p.participantId).sort()).toEqual(postponed.sort());
    expect(open.every((p) => p.justification.length > 0)).toBe(true);
  });

  it('gives Bergen participants Plan A and Plan B of real map offers, and page resources, but never a page link', async () => {
    const db = t.database.db;
    const [bergen] = (await db.select().from(organisations)).filter((o) => o.name === 'Bergen kommune');
    const plans = await db.select().from(journeyPlans);
    const owners = [...new Set(plans.map((p) => p.participantId))];
    expect(owners.length).toBeGreaterThanOrEqual(1);
    for (const owner of owners) expect(plans.filter((p) => p.participantId === owner).map((p) => p.plan).sort()).toEqual(['A', 'B']);
    for (const plan of plans) {
      expect(plan.municipalityId).toBe(bergen!.id);
      const steps = plan.steps as PlanStep[];
      expect(steps.length).toBeGreaterThan(0);
      for (const s of steps) expect(s.offerId === null ? s.text : offerById(s.offerId), `${plan.plan}: ${s.offerId}`).toBeTruthy();
    }
    const resources = await db.select().from(participantPageResources);
    expect(resources.length).toBeGreaterThan(0);
    for (const r of resources) {
      expect(owners).toContain(r.participantId);
      expect(r.kind === 'offer' ? offerById(r.offerId ?? '') : r.url?.startsWith('https://')).toBeTruthy();
    }
    expect(await db.select().from(participantPageLinks)).toEqual([]);
  });

  it('is consistent: no counsellor or interpreter booked twice, and held guidance matches the participant record', async () => {
    const db = t.database.db;
    const sessions = (await db.select().from(guidanceSessions)).filter((s) => s.outcome !== 'cancelled');
    const groups = await db.select().from(groupSessions);
    const bookings = [
      ...sessions.map((s) => ({ people: [s.leadCounsellorId, s.secondCounsellorId, s.interpreterReference].filter(Boolean), startsAt: s.startsAt, minutes: s.durationMinutes })),
      ...groups.map((g) => ({ people: [g.leadCounsellorId, g.interpreterReference].filter(Boolean), startsAt: g.startsAt, minutes: g.durationMinutes })),
    ];
    for (const [i, a] of bookings.entries()) {
      for (const b of bookings.slice(i + 1)) {
        if (a.people.some((x) => b.people.includes(x))) expect(bookingsOverlap(a, b)).toBe(false);
      }
    }
    const people = await db.select({ id: participants.id, held: participants.guidanceHeldOn }).from(participants);
    for (const s of sessions.filter((x) => x.outcome === 'held')) expect(people.find((p) => p.id === s.participantId)!.held).not.toBeNull();
  });
});
