CREATE TABLE "statistics_participant_facts" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"settlement_date" date NOT NULL,
	"items" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_rollup" (
	"unit" text NOT NULL,
	"month" date NOT NULL,
	"fig" text NOT NULL,
	"key" text NOT NULL,
	"n" double precision NOT NULL,
	CONSTRAINT "statistics_rollup_unit_month_fig_key_pk" PRIMARY KEY("unit","month","fig","key")
);
--> statement-breakpoint
CREATE TABLE "statistics_summary_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_yearly_facts" (
	"owner_id" uuid PRIMARY KEY NOT NULL,
	"items" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_yearly_rollup" (
	"unit" text NOT NULL,
	"year" integer NOT NULL,
	"fig" text NOT NULL,
	"key" text NOT NULL,
	"n" double precision NOT NULL,
	CONSTRAINT "statistics_yearly_rollup_unit_year_fig_key_pk" PRIMARY KEY("unit","year","fig","key")
);
--> statement-breakpoint
CREATE INDEX "statistics_participant_facts_settled_idx" ON "statistics_participant_facts" USING btree ("settlement_date");--> statement-breakpoint
CREATE INDEX "statistics_participant_facts_municipality_idx" ON "statistics_participant_facts" USING btree ("municipality_id","settlement_date");