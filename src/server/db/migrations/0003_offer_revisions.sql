CREATE TABLE "offer_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"offer_id" text NOT NULL,
	"version" integer NOT NULL,
	"texts" jsonb NOT NULL,
	"review_due" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"edited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offer_revisions_version_idx" ON "offer_revisions" USING btree ("offer_id","version");