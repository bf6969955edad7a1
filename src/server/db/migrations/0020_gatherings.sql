CREATE TABLE "gathering_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_municipalities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"planning_group" boolean DEFAULT false NOT NULL,
	"invited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigserial NOT NULL,
	"registered_by" uuid NOT NULL,
	"survey_answered" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_survey_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"usefulness" integer NOT NULL,
	"strengthened_cooperation" integer NOT NULL,
	"helpful_item_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"improve" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gatherings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text,
	"meeting_url" text,
	"registration_closes_on" date NOT NULL,
	"capacity_per_municipality" integer NOT NULL,
	"programme" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"letter" text,
	"letter_sent_at" timestamp with time zone,
	"survey_sent_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gathering_follow_ups" ADD CONSTRAINT "gathering_follow_ups_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_follow_ups" ADD CONSTRAINT "gathering_follow_ups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_follow_ups" ADD CONSTRAINT "gathering_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_municipalities" ADD CONSTRAINT "gathering_municipalities_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_municipalities" ADD CONSTRAINT "gathering_municipalities_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_registrations" ADD CONSTRAINT "gathering_registrations_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_registrations" ADD CONSTRAINT "gathering_registrations_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_registrations" ADD CONSTRAINT "gathering_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_registrations" ADD CONSTRAINT "gathering_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_survey_answers" ADD CONSTRAINT "gathering_survey_answers_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatherings" ADD CONSTRAINT "gatherings_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatherings" ADD CONSTRAINT "gatherings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gathering_follow_ups_gathering_idx" ON "gathering_follow_ups" USING btree ("gathering_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gathering_municipalities_idx" ON "gathering_municipalities" USING btree ("gathering_id","municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gathering_registrations_user_idx" ON "gathering_registrations" USING btree ("gathering_id","user_id");--> statement-breakpoint
CREATE INDEX "gathering_registrations_municipality_idx" ON "gathering_registrations" USING btree ("gathering_id","municipality_id","status");--> statement-breakpoint
CREATE INDEX "gathering_survey_answers_gathering_idx" ON "gathering_survey_answers" USING btree ("gathering_id");--> statement-breakpoint
CREATE INDEX "gatherings_centre_idx" ON "gatherings" USING btree ("career_centre_id","starts_on");