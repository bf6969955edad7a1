import { expect } from 'vitest';
import { addDays, handoverChecklist, todayInOslo } from '../../domain/index.ts';
import type { TestApp } from './harness.ts';
import type { ApiClient } from './client.ts';

/** Test helpers for the paths through orders that briefs, sessions and group sessions start from. */
export const sides = {
  bergen: { adviser: 'radgiver@bergen.demo', counsellor: 'veileder@vestland.demo' },
  drammen: { adviser: 'radgiver@drammen.demo', counsellor: 'veileder@buskerud.demo' },
  voss: { adviser: 'radgiver@voss.demo', counsellor: 'veileder2@vestland.demo' },
} as const;
export type Side = keyof typeof sides;

let n = 0;
export const newcomer = (familyName = `Fiksturen-${++n}`, extra: Record<string, unknown> = {}) => ({
  givenName: 'Test', familyName, birthDate: '1990-05-01', residenceBasis: 'refugee',
  settlementDate: addDays(todayInOslo(), -30), preferredLanguage: 'ar', interpreterLanguage: 'ar', ...extra,
});

export interface Chain { participantId: string; orderId: string }

/**
 * A new participant of a municipality with an order moved to `status`: draft, sent, or accepted (by the
 * counsellor of the side, who is then the assigned counsellor).
 */
export async function participantWithOrder(
  t: TestApp, side: Side, status: 'draft' | 'sent' | 'accepted', opts: { familyName?: string; format?: 'individual' | 'group'; participant?: Record<string, unknown> } = {},
): Promise<Chain> {
  const adviser = await t.as(sides[side].adviser);
  const p = await adviser.post('/api/v1/participants', newcomer(opts.familyName, opts.participant));
  expect(p.status, JSON.stringify(p.body)).toBe(201);
  const o = await adviser.post(`/api/v1/participants/${p.body.id}/orders`, { format: opts.format ?? 'individual', language: 'ar', interpreterLanguage: 'ar', mode: 'in-person' });
  expect(o.status, JSON.stringify(o.body)).toBe(201);
  if (status !== 'draft') {
    await answerRequiredBrief(adviser, p.body.id);
    const sent = await adviser.post(`/api/v1/orders/${o.body.id}/transitions`, { to: 'sent', version: o.body.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  }
  if (status === 'accepted') {
    const counsellor = await t.as(sides[side].counsellor);
    const accepted = await counsellor.post(`/api/v1/orders/${o.body.id}/transitions`, { to: 'accepted' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  }
  return { participantId: p.body.id, orderId: o.body.id };
}

/** An instant `days` from now at hh:mm in Norway (summer or winter time alike), as ISO 8601 with offset. */
export function osloAt(days: number, hhmm: string): string {
  const day = addDays(todayInOslo(), days);
  // Find the offset Oslo has on that day at noon UTC: +01:00 or +02:00.
  const probe = new Date(`${day}T12:00:00Z`);
  const osloHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' }).format(probe));
  const offset = osloHour - 12;
  return `${day}T${hhmm}:00+0${offset}:00`;
}

export async function signedIn(t: TestApp, emails: string[]): Promise<Record<string, ApiClient>> {
  const out: Record<string, ApiClient> = {};
  for (const e of emails) out[e] = await t.as(e);
  return out;
}

/**
 * Answers the handover brief's items that are required by default (schooling, education, work; the language comes
 * with the order) as explicitly unknown, so the order can be sent (issue 16: the default required set). Tests of the
 * required set itself do not use this.
 */
export async function answerRequiredBrief(client: ApiClient, participantId: string): Promise<void> {
  const brief = (await client.get(`/api/v1/participants/${participantId}/brief`)).body as { items: { key: string; state: string }[] };
  const missing = new Set(brief.items.filter((i) => i.state === 'missing').map((i) => i.key));
  const items = handoverChecklist.filter((d) => d.defaultRequired && missing.has(d.key)).map((d) => ({ key: d.key, unknown: true, source: 'adviser' }));
  if (!items.length) return;
  const r = await client.patch(`/api/v1/participants/${participantId}/brief`, { items });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}
