CREATE TABLE "cooperation_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"municipality_id" uuid,
	"title" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_meeting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"municipality_id" uuid,
	"title" text NOT NULL,
	"interval" text NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_meeting_series_invitees" (
	"series_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_meeting_series_invitees_series_id_user_id_pk" PRIMARY KEY("series_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cooperation_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cooperation_actions" ADD CONSTRAINT "cooperation_actions_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_actions" ADD CONSTRAINT "cooperation_actions_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_actions" ADD CONSTRAINT "cooperation_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_actions" ADD CONSTRAINT "cooperation_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_actions" ADD CONSTRAINT "cooperation_actions_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meeting_series" ADD CONSTRAINT "cooperation_meeting_series_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meeting_series" ADD CONSTRAINT "cooperation_meeting_series_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meeting_series" ADD CONSTRAINT "cooperation_meeting_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meeting_series_invitees" ADD CONSTRAINT "cooperation_meeting_series_invitees_series_id_cooperation_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."cooperation_meeting_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meeting_series_invitees" ADD CONSTRAINT "cooperation_meeting_series_invitees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meetings" ADD CONSTRAINT "cooperation_meetings_series_id_cooperation_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."cooperation_meeting_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meetings" ADD CONSTRAINT "cooperation_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_meetings" ADD CONSTRAINT "cooperation_meetings_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_actions_source_idx" ON "cooperation_actions" USING btree ("source_kind","source_id");--> statement-breakpoint
CREATE INDEX "cooperation_actions_owner_idx" ON "cooperation_actions" USING btree ("owner_id","status","due_date");--> statement-breakpoint
CREATE INDEX "cooperation_actions_parties_idx" ON "cooperation_actions" USING btree ("career_centre_id","municipality_id","status");--> statement-breakpoint
CREATE INDEX "cooperation_meeting_series_parties_idx" ON "cooperation_meeting_series" USING btree ("career_centre_id","municipality_id");--> statement-breakpoint
CREATE INDEX "cooperation_meeting_series_invitees_user_idx" ON "cooperation_meeting_series_invitees" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "cooperation_meetings_series_idx" ON "cooperation_meetings" USING btree ("series_id","starts_at");