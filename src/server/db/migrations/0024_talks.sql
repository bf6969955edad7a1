CREATE TABLE "order_talks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"adviser_id" uuid,
	"counsellor_id" uuid,
	"for_counsellor" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"way_forward" text DEFAULT '' NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talk_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"talks_expected" boolean DEFAULT false NOT NULL,
	"follow_up_proposal_months" integer DEFAULT 6 NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guidance_orders" ADD COLUMN "kind" text DEFAULT 'first' NOT NULL;--> statement-breakpoint
ALTER TABLE "guidance_orders" ADD COLUMN "purpose" text;--> statement-breakpoint
ALTER TABLE "guidance_orders" ADD COLUMN "purpose_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "programme_end_date" date;--> statement-breakpoint
ALTER TABLE "order_talks" ADD CONSTRAINT "order_talks_order_id_guidance_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."guidance_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_talks" ADD CONSTRAINT "order_talks_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_talks" ADD CONSTRAINT "order_talks_adviser_id_users_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_talks" ADD CONSTRAINT "order_talks_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_talks" ADD CONSTRAINT "order_talks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_talks" ADD CONSTRAINT "order_talks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_talks" ADD CONSTRAINT "order_talks_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_settings" ADD CONSTRAINT "talk_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_settings" ADD CONSTRAINT "talk_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_talks_order_idx" ON "order_talks" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_talks_participant_idx" ON "order_talks" USING btree ("participant_id");