ALTER TABLE "participants" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "note_settings" ADD COLUMN "centre_access_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "note_settings" ADD COLUMN "retention_years" integer DEFAULT 3 NOT NULL;