ALTER TABLE "participants" ADD COLUMN "guidance_right" text;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "country_background" text;