import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RULE_SET_VERSION, storedRuleResults } from './rule-set.ts';
import { decisionDeadline } from './decision-deadline.ts';
import { guidanceRight, guidanceRightRules, residenceBases } from './guidance-right.ts';

/**
 * The fingerprint of every stored answer over a grid of inputs (birth, permit, settlement and request dates around
 * each dated rule, every residence basis) for each rule-set version. When a rule changes an answer this test fails:
 * bump RULE_SET_VERSION (src/domain/rule-set.ts) and add the new fingerprint here, so that the server recomputes
 * the rows the old rules stored.
 */
const FINGERPRINTS: Record<number, string> = {
  1: '138104613bfdca29b0ee2cadef7dc1fb8e7364fb426374f755ec642a7c1881e5',
};

function answersOverGrid(): string {
  const births = ['1950-06-30', '1966-07-01', '1971-01-01', '1985-03-15', '1999-12-31', '2004-07-02', '2008-01-01', '2010-06-01'];
  const settlements = ['2019-06-01', '2020-12-31', '2021-01-01', '2022-06-15', '2023-03-31', '2024-02-29', '2026-06-30', '2026-07-01', '2027-01-15'];
  const permits = [null, 'first', '-30'] as const;
  const requests = [null, '+45', '-10'] as const;
  const shift = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const rows: string[] = [];
  for (const residenceBasis of residenceBases) for (const birthDate of births) for (const settlementDate of settlements) {
    for (const permit of permits) for (const request of requests) {
      const permitDate = permit === null ? null : permit === 'first' ? settlementDate : shift(settlementDate, -30);
      const programmeRequestDate = request === null ? null : shift(settlementDate, Number(request));
      const r = storedRuleResults({ residenceBasis, birthDate, settlementDate, permitDate, programmeRequestDate });
      rows.push(`${residenceBasis}|${birthDate}|${settlementDate}|${permitDate}|${programmeRequestDate}=${r.decisionDeadline}|${r.guidanceRight}`);
    }
  }
  return createHash('sha256').update(JSON.stringify(guidanceRightRules)).update(rows.join('\n')).digest('hex');
}

describe('rule set (stored rule results carry their version)', () => {
  it('the answers over the grid are the ones pinned for RULE_SET_VERSION: a changed rule without a bumped version fails here', () => {
    expect(FINGERPRINTS[RULE_SET_VERSION], `no fingerprint pinned for rule-set version ${RULE_SET_VERSION}`).toBeDefined();
    expect(answersOverGrid(), 'the stored rule results changed: bump RULE_SET_VERSION in src/domain/rule-set.ts and pin the new fingerprint').toBe(FINGERPRINTS[RULE_SET_VERSION]);
  });

  it('stores what the rules answer, with the current version', () => {
    const p = { residenceBasis: 'refugee' as const, birthDate: '1990-01-01', settlementDate: '2026-01-31', permitDate: '2025-12-01', programmeRequestDate: null };
    expect(storedRuleResults(p)).toEqual({
      decisionDeadline: decisionDeadline(p).date, guidanceRight: guidanceRight(p).right, rulesVersion: RULE_SET_VERSION,
    });
    expect(storedRuleResults(p).decisionDeadline).toBe('2026-04-30');
    // A later programme request moves the start of the deadline.
    expect(storedRuleResults({ ...p, programmeRequestDate: '2026-02-10' }).decisionDeadline).toBe('2026-05-10');
  });
});
