CREATE TABLE "local_offer_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"local_offer_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"change" text NOT NULL,
	"edited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"county_id" uuid NOT NULL,
	"municipality_ids" jsonb,
	"lane" text NOT NULL,
	"national_offer_id" text,
	"content" jsonb NOT NULL,
	"last_start_date" date,
	"review_due" date NOT NULL,
	"review_reminded_for" date,
	"created_by" uuid NOT NULL,
	"updated_by" uuid NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "local_offer_versions" ADD CONSTRAINT "local_offer_versions_local_offer_id_local_offers_id_fk" FOREIGN KEY ("local_offer_id") REFERENCES "public"."local_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_offer_versions" ADD CONSTRAINT "local_offer_versions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_offers" ADD CONSTRAINT "local_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_offers" ADD CONSTRAINT "local_offers_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_offers" ADD CONSTRAINT "local_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_offers" ADD CONSTRAINT "local_offers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_offers" ADD CONSTRAINT "local_offers_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "local_offer_versions_version_idx" ON "local_offer_versions" USING btree ("local_offer_id","version");--> statement-breakpoint
CREATE INDEX "local_offers_county_idx" ON "local_offers" USING btree ("county_id","last_start_date") WHERE "local_offers"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "local_offers_organisation_idx" ON "local_offers" USING btree ("organisation_id");