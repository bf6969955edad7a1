CREATE TABLE "cooperation_document_parties" (
	"document_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "cooperation_document_parties_document_id_municipality_id_pk" PRIMARY KEY("document_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "cooperation_document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"body" text NOT NULL,
	"change_note" text NOT NULL,
	"effective_from" date NOT NULL,
	"published_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"career_centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"next_review_on" date,
	"review_reminded_for" date,
	"published_as_template" boolean DEFAULT false NOT NULL,
	"template_source_id" uuid,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "document_id" uuid;--> statement-breakpoint
ALTER TABLE "cooperation_document_parties" ADD CONSTRAINT "cooperation_document_parties_document_id_cooperation_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."cooperation_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_document_parties" ADD CONSTRAINT "cooperation_document_parties_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_document_versions" ADD CONSTRAINT "cooperation_document_versions_document_id_cooperation_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."cooperation_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_document_versions" ADD CONSTRAINT "cooperation_document_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_documents" ADD CONSTRAINT "cooperation_documents_career_centre_id_organisations_id_fk" FOREIGN KEY ("career_centre_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_documents" ADD CONSTRAINT "cooperation_documents_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_documents" ADD CONSTRAINT "cooperation_documents_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_documents" ADD CONSTRAINT "cooperation_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_document_parties_municipality_idx" ON "cooperation_document_parties" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_document_versions_number_idx" ON "cooperation_document_versions" USING btree ("document_id","number");--> statement-breakpoint
CREATE INDEX "cooperation_documents_centre_idx" ON "cooperation_documents" USING btree ("career_centre_id","removed_at");--> statement-breakpoint
CREATE INDEX "cooperation_documents_review_idx" ON "cooperation_documents" USING btree ("next_review_on");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_document_id_cooperation_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."cooperation_documents"("id") ON DELETE no action ON UPDATE no action;