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
