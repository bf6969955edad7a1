CREATE TABLE "quality_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"areas" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"language" text NOT NULL,
	"period" text NOT NULL,
	"channel" text NOT NULL,
	"useful" smallint NOT NULL,
	"interpreter" smallint,
	"next_step" smallint NOT NULL,
	"comment" text,
	CONSTRAINT "survey_answers_scale" CHECK ("survey_answers"."useful" between 1 and 5 and "survey_answers"."next_step" between 1 and 5 and ("survey_answers"."interpreter" is null or "survey_answers"."interpreter" between 1 and 5))
);
--> statement-breakpoint
CREATE TABLE "survey_link_uses" (
	"marker" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quality_evaluations" ADD CONSTRAINT "quality_evaluations_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_evaluations" ADD CONSTRAINT "quality_evaluations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quality_evaluations_centre_year_idx" ON "quality_evaluations" USING btree ("career_centre_id","year");--> statement-breakpoint
CREATE INDEX "survey_answers_centre_period_idx" ON "survey_answers" USING btree ("career_centre_id","period");