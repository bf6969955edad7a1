/**
 * SQL twins of the domain rules the statistics need, BUILT from the domain so that each rule has one source:
 * the age bands from `ageBands`, the schooling order from `schoolingLevels`, the minutes a session counts for
 * from `minutesUsed` (probed per outcome). statistics.test.ts checks the figures against the domain functions.
 */
import { sql, type SQL } from 'drizzle-orm';
import { ageBands, minutesUsed, schoolingLevels, sessionOutcomes } from '../../../domain/index.ts';

/** CASE over an age in whole years (an SQL expression) giving the band key. */
export function ageBandSql(age: SQL): SQL {
  const whens = ageBands.map((b) => (b.max === null
    ? sql`when ${age} >= ${sql.raw(String(b.min))} then ${sql.raw(`'${b.key}'`)}`
    : sql`when ${age} between ${sql.raw(String(b.min))} and ${sql.raw(String(b.max))} then ${sql.raw(`'${b.key}'`)}`));
  return sql`(case ${sql.join(whens, sql` `)} end)`;
}

/** The highest completed level in a handover-brief schooling value (jsonb), or null. Highest first, as schoolingLevels is lowest first. */
export function highestSchoolingSql(value: SQL): SQL {
  const whens = [...schoolingLevels].reverse()
    .map((l) => sql`when ${value} -> 'completedLevels' @> ${sql.raw(`'["${l}"]'::jsonb`)} then ${sql.raw(`'${l}'`)}`);
  return sql`(case ${sql.join(whens, sql` `)} end)`;
}

/**
 * Which input `minutesUsed` returns for an outcome, with and without recorded minutes: found by calling it with
 * distinct probe values, so a change of the rule in src/domain changes this SQL too.
 */
type Pick = 'recorded' | 'planned' | 'zero';
function probe(outcome: (typeof sessionOutcomes)[number] | null, recorded: number | null): Pick {
  const m = minutesUsed({ outcome, plannedMinutes: 1001, recordedMinutes: recorded });
  if (m === 1001) return 'planned';
  if (recorded !== null && m === recorded) return 'recorded';
  if (m === 0) return 'zero';
  throw new Error(`minutesUsed is not a pick of its inputs for ${outcome}`);
}

/** Minutes a guidance_sessions row (alias `s`) counts for, by the domain rule. */
export function sessionMinutesSql(): SQL {
  const col = (p: Pick) => (p === 'recorded' ? sql.raw('s.minutes_used') : p === 'planned' ? sql.raw('s.duration_minutes') : sql.raw('0'));
  const whens = sessionOutcomes.map((o) => sql`when s.outcome = ${sql.raw(`'${o}'`)} then (case when s.minutes_used is null then ${col(probe(o, null))} else ${col(probe(o, 2002))} end)`);
  return sql`(case ${sql.join(whens, sql` `)} else (case when s.minutes_used is null then ${col(probe(null, null))} else ${col(probe(null, 2002))} end) end)`;
}
