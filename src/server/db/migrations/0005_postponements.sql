CREATE TABLE "postponements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"reason_text" text,
	"justification" text NOT NULL,
	"expected_date" date NOT NULL,
	"decided_with" text NOT NULL,
	"decided_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "postponements" ADD CONSTRAINT "postponements_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postponements" ADD CONSTRAINT "postponements_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postponements" ADD CONSTRAINT "postponements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postponements" ADD CONSTRAINT "postponements_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "postponements_participant_idx" ON "postponements" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "postponements_municipality_idx" ON "postponements" USING btree ("municipality_id","decided_on");--> statement-breakpoint
CREATE UNIQUE INDEX "postponements_one_open_idx" ON "postponements" USING btree ("participant_id") WHERE "postponements"."ended_at" is null;