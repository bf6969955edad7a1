CREATE TABLE "guidance_note_feedback" (
	"note_id" uuid PRIMARY KEY NOT NULL,
	"recommendation_use" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"integration_plan_changed" boolean NOT NULL,
	"end_goal" text NOT NULL,
	"end_goal_text" text DEFAULT '' NOT NULL,
	"given_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_note_reads" (
	"note_id" uuid NOT NULL,
	"sent_number" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guidance_note_reads_note_id_sent_number_user_id_pk" PRIMARY KEY("note_id","sent_number","user_id")
);
--> statement-breakpoint
CREATE TABLE "guidance_note_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_note_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"note_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" integer NOT NULL,
	"sent_number" integer,
	"content" jsonb NOT NULL,
	"correction_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"recommendation_kind" text,
	"reviewer_id" uuid,
	"review_requested_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"first_sent_at" timestamp with time zone,
	"last_sent_at" timestamp with time zone,
	"sent_number" integer,
	"first_read_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integration_plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"assignee_id" uuid,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "note_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"review_required" boolean DEFAULT false NOT NULL,
	"participant_copy" text DEFAULT 'on-request' NOT NULL,
	"unread_after_days" integer DEFAULT 5 NOT NULL,
	"plan_task_due_days" integer DEFAULT 14 NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "note_wordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"law_reference" text DEFAULT '' NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"participant_id" uuid,
	"note_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "guidance_note_feedback" ADD CONSTRAINT "guidance_note_feedback_note_id_guidance_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."guidance_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_note_feedback" ADD CONSTRAINT "guidance_note_feedback_given_by_users_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_note_reads" ADD CONSTRAINT "guidance_note_reads_note_id_guidance_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."guidance_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_note_reads" ADD CONSTRAINT "guidance_note_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_note_reviews" ADD CONSTRAINT "guidance_note_reviews_note_id_guidance_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."guidance_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_note_reviews" ADD CONSTRAINT "guidance_note_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_note_revisions" ADD CONSTRAINT "guidance_note_revisions_note_id_guidance_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."guidance_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_note_revisions" ADD CONSTRAINT "guidance_note_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_order_id_guidance_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."guidance_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_plan_tasks" ADD CONSTRAINT "integration_plan_tasks_note_id_guidance_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."guidance_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_plan_tasks" ADD CONSTRAINT "integration_plan_tasks_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_plan_tasks" ADD CONSTRAINT "integration_plan_tasks_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_plan_tasks" ADD CONSTRAINT "integration_plan_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_plan_tasks" ADD CONSTRAINT "integration_plan_tasks_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_settings" ADD CONSTRAINT "note_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_settings" ADD CONSTRAINT "note_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_wordings" ADD CONSTRAINT "note_wordings_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_wordings" ADD CONSTRAINT "note_wordings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_wordings" ADD CONSTRAINT "note_wordings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_note_id_guidance_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."guidance_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guidance_note_reviews_note_idx" ON "guidance_note_reviews" USING btree ("note_id");--> statement-breakpoint
CREATE UNIQUE INDEX "guidance_note_revisions_number_idx" ON "guidance_note_revisions" USING btree ("note_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "guidance_note_revisions_sent_idx" ON "guidance_note_revisions" USING btree ("note_id","sent_number");--> statement-breakpoint
CREATE UNIQUE INDEX "guidance_notes_order_idx" ON "guidance_notes" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "guidance_notes_participant_idx" ON "guidance_notes" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "guidance_notes_municipality_idx" ON "guidance_notes" USING btree ("municipality_id","status","last_sent_at");--> statement-breakpoint
CREATE INDEX "guidance_notes_centre_idx" ON "guidance_notes" USING btree ("career_centre_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "integration_plan_tasks_note_idx" ON "integration_plan_tasks" USING btree ("note_id");--> statement-breakpoint
CREATE INDEX "integration_plan_tasks_municipality_idx" ON "integration_plan_tasks" USING btree ("municipality_id","status","due_on");--> statement-breakpoint
CREATE INDEX "note_wordings_centre_idx" ON "note_wordings" USING btree ("career_centre_id","archived");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","read_at","created_at");