-- A gathering's follow-up points become cooperation actions (issue 14 item 3). Generated, then edited by hand:
-- the column first, then the rows copied (same ids, so links stay valid), then the old table dropped.
ALTER TABLE "cooperation_actions" ADD COLUMN "gathering_source" text;--> statement-breakpoint
INSERT INTO "cooperation_actions" ("id", "source_kind", "source_id", "career_centre_id", "municipality_id", "title", "gathering_source", "owner_id", "due_date", "status", "done_at", "created_by", "version", "created_at", "updated_at")
SELECT f."id", 'gathering', f."gathering_id", g."career_centre_id", NULL, f."text", f."source", f."owner_id", f."due_on", f."status", f."done_at", f."created_by", f."version", f."created_at", f."updated_at"
FROM "gathering_follow_ups" f INNER JOIN "gatherings" g ON g."id" = f."gathering_id";--> statement-breakpoint
DROP TABLE "gathering_follow_ups" CASCADE;
