CREATE TABLE "rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"source_document" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_sets_code_unique" UNIQUE("code"),
	CONSTRAINT "rule_sets_status_check" CHECK ("rule_sets"."status" in ('draft','published')),
	CONSTRAINT "rule_sets_dates_check" CHECK ("rule_sets"."effective_to" is null or "rule_sets"."effective_to" >= "rule_sets"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"theme_title" text NOT NULL,
	"theme_scope" text NOT NULL,
	"theme_issuer" text,
	"guidance_document" text,
	"registration_deadline" date NOT NULL,
	"midyear_review_date" date NOT NULL,
	"yearend_review_date" date NOT NULL,
	"status" text DEFAULT 'preparing' NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycles_year_unique" UNIQUE("year"),
	CONSTRAINT "cycles_status_check" CHECK ("cycles"."status" in ('preparing','registration','in_progress','yearend_review','closed')),
	CONSTRAINT "cycles_scope_check" CHECK ("cycles"."theme_scope" in ('term','year')),
	CONSTRAINT "cycles_dates_check" CHECK ("cycles"."registration_deadline" < "cycles"."midyear_review_date" and "cycles"."midyear_review_date" < "cycles"."yearend_review_date")
);
--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_rule_set_id_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."rule_sets"("id") ON DELETE no action ON UPDATE no action;