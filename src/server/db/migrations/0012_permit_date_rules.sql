CREATE TABLE "app_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "permit_date" date;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "guidance_right_change" jsonb;