-- Backfill participants.guidance_right for rows written before the column existed. From now on the participant
-- service writes it with guidanceRight() (src/domain/guidance-right.ts) on every create and edit; this UPDATE is a
-- one-time copy of that rule table as it stands at this migration (age on the settlement date, 18–55):
--   refugee, refugee-family-reunification, settled from 2021-01-01 → right-and-duty (integreringsloven § 11, § 8 første ledd)
--   collective-protection, settled from 2022-06-15 → right (§ 37 b, chapter 6A)
--   anyone else, or outside 18–55 → none
-- src/server/features/statistics/statistics.test.ts checks that this UPDATE gives what guidanceRight() gives.
UPDATE "participants" SET "guidance_right" = CASE
  WHEN extract(year from age("settlement_date", "birth_date")) NOT BETWEEN 18 AND 55 THEN 'none'
  WHEN "residence_basis" IN ('refugee', 'refugee-family-reunification') AND "settlement_date" >= DATE '2021-01-01' THEN 'right-and-duty'
  WHEN "residence_basis" = 'collective-protection' AND "settlement_date" >= DATE '2022-06-15' THEN 'right'
  ELSE 'none'
END
WHERE "guidance_right" IS NULL;
