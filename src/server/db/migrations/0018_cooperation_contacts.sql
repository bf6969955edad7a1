CREATE TABLE "counsellor_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "work_phone" text;--> statement-breakpoint
ALTER TABLE "counsellor_absences" ADD CONSTRAINT "counsellor_absences_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counsellor_absences" ADD CONSTRAINT "counsellor_absences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counsellor_absences" ADD CONSTRAINT "counsellor_absences_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counsellor_absences" ADD CONSTRAINT "counsellor_absences_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_contacts" ADD CONSTRAINT "municipality_contacts_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_contacts" ADD CONSTRAINT "municipality_contacts_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_contacts" ADD CONSTRAINT "municipality_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_contacts" ADD CONSTRAINT "municipality_contacts_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_contacts" ADD CONSTRAINT "municipality_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counsellor_absences_user_idx" ON "counsellor_absences" USING btree ("user_id","from_date");--> statement-breakpoint
CREATE INDEX "municipality_contacts_centre_idx" ON "municipality_contacts" USING btree ("career_centre_id","municipality_id");--> statement-breakpoint
CREATE INDEX "municipality_contacts_user_idx" ON "municipality_contacts" USING btree ("user_id");