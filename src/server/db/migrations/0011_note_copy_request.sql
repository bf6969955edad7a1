ALTER TABLE "guidance_notes" ADD COLUMN "participant_copy_requested" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD COLUMN "participant_copy_requested_by" uuid;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD COLUMN "participant_copy_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_participant_copy_requested_by_users_id_fk" FOREIGN KEY ("participant_copy_requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guidance_notes_reviewer_idx" ON "guidance_notes" USING btree ("reviewer_id","status");