ALTER TABLE "guidance_orders" ADD COLUMN "rules_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "rules_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The fingerprint of the § 11 table that start-up compared before rows carried their rule-set version (issue 20).
DELETE FROM "app_state" WHERE "key" = 'guidance-right-rules';
