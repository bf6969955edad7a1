CREATE TABLE "brief_checklist_configs" (
	"career_centre_id" uuid PRIMARY KEY NOT NULL,
	"uses" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"stale_after_days" integer NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"term" text NOT NULL,
	"explanation" text NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"attendance" text,
	"registered_by" uuid NOT NULL,
	"attendance_recorded_by" uuid,
	"attendance_recorded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"mode" text NOT NULL,
	"place" text,
	"meeting_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"capacity" integer NOT NULL,
	"lead_counsellor_id" uuid NOT NULL,
	"interpreter_language" text,
	"interpreter_dialect" text,
	"interpreter_mode" text,
	"interpreter_status" text,
	"interpreter_service" text,
	"interpreter_reference" text,
	"interpreter_briefing" text,
	"briefing_term_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interpreter_took_part" boolean,
	"interpreter_quality_problem" text,
	"cancellation_reason" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_sessions_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "guidance_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"order_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"three_party_with" text,
	"mode" text NOT NULL,
	"place" text,
	"meeting_url" text,
	"phone" text,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"lead_counsellor_id" uuid NOT NULL,
	"second_counsellor_id" uuid,
	"adviser_role" text NOT NULL,
	"planned_interval_days" integer,
	"interpreter_language" text,
	"interpreter_dialect" text,
	"interpreter_mode" text,
	"interpreter_status" text,
	"interpreter_service" text,
	"interpreter_reference" text,
	"interpreter_briefing" text,
	"briefing_term_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interpreter_took_part" boolean,
	"interpreter_quality_problem" text,
	"outcome" text,
	"outcome_reason" text,
	"minutes_used" integer,
	"outcome_recorded_by" uuid,
	"outcome_recorded_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guidance_sessions_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "handover_brief_items" (
	"participant_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"value" jsonb,
	"unknown" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"verified_by" uuid NOT NULL,
	"verified_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handover_brief_items_participant_id_item_key_pk" PRIMARY KEY("participant_id","item_key")
);
--> statement-breakpoint
ALTER TABLE "brief_checklist_configs" ADD CONSTRAINT "brief_checklist_configs_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brief_checklist_configs" ADD CONSTRAINT "brief_checklist_configs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_registrations" ADD CONSTRAINT "group_registrations_group_session_id_group_sessions_id_fk" FOREIGN KEY ("group_session_id") REFERENCES "public"."group_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_registrations" ADD CONSTRAINT "group_registrations_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_registrations" ADD CONSTRAINT "group_registrations_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_registrations" ADD CONSTRAINT "group_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_registrations" ADD CONSTRAINT "group_registrations_attendance_recorded_by_users_id_fk" FOREIGN KEY ("attendance_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_lead_counsellor_id_users_id_fk" FOREIGN KEY ("lead_counsellor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_sessions" ADD CONSTRAINT "guidance_sessions_order_id_guidance_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."guidance_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_sessions" ADD CONSTRAINT "guidance_sessions_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_sessions" ADD CONSTRAINT "guidance_sessions_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_sessions" ADD CONSTRAINT "guidance_sessions_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_sessions" ADD CONSTRAINT "guidance_sessions_lead_counsellor_id_users_id_fk" FOREIGN KEY ("lead_counsellor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_sessions" ADD CONSTRAINT "guidance_sessions_second_counsellor_id_users_id_fk" FOREIGN KEY ("second_counsellor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_sessions" ADD CONSTRAINT "guidance_sessions_outcome_recorded_by_users_id_fk" FOREIGN KEY ("outcome_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_sessions" ADD CONSTRAINT "guidance_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover_brief_items" ADD CONSTRAINT "handover_brief_items_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover_brief_items" ADD CONSTRAINT "handover_brief_items_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_terms_centre_term_idx" ON "glossary_terms" USING btree ("career_centre_id",lower("term"));--> statement-breakpoint
CREATE UNIQUE INDEX "group_registrations_once_idx" ON "group_registrations" USING btree ("group_session_id","participant_id");--> statement-breakpoint
CREATE INDEX "group_registrations_participant_idx" ON "group_registrations" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "group_sessions_centre_time_idx" ON "group_sessions" USING btree ("career_centre_id","starts_at");--> statement-breakpoint
CREATE INDEX "group_sessions_lead_time_idx" ON "group_sessions" USING btree ("lead_counsellor_id","starts_at");--> statement-breakpoint
CREATE INDEX "group_sessions_interpreter_time_idx" ON "group_sessions" USING btree ("interpreter_reference","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_order_idx" ON "guidance_sessions" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "sessions_participant_idx" ON "guidance_sessions" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "sessions_centre_time_idx" ON "guidance_sessions" USING btree ("career_centre_id","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_lead_time_idx" ON "guidance_sessions" USING btree ("lead_counsellor_id","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_second_time_idx" ON "guidance_sessions" USING btree ("second_counsellor_id","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_interpreter_time_idx" ON "guidance_sessions" USING btree ("interpreter_reference","starts_at");