CREATE TABLE "shortcomings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"fixed_at" timestamp with time zone,
	"fixed_in_cycle_id" uuid,
	"raised_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortcomings_status_check" CHECK ("shortcomings"."status" in ('open','fixed')),
	CONSTRAINT "shortcomings_source_check" CHECK ("shortcomings"."source" in ('review'))
);
--> statement-breakpoint
CREATE TABLE "organization_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"deciding_organization_id" uuid NOT NULL,
	"self_scores" jsonb NOT NULL,
	"self_total" numeric(5, 1) NOT NULL,
	"proposed_level" text NOT NULL,
	"report" text NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decided_level" text,
	"decided_score" numeric(5, 1),
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_evaluations_status_check" CHECK ("organization_evaluations"."status" in ('proposed','decided'))
);
--> statement-breakpoint
ALTER TABLE "commitment_items" ADD COLUMN "shortcoming_id" uuid;--> statement-breakpoint
ALTER TABLE "commitment_stats" ADD COLUMN "progress_reported" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "commitment_stats" ADD COLUMN "self_assessed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "progress_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_stats" ADD COLUMN "proposed_excellent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_stats" ADD COLUMN "proposed_good" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_stats" ADD COLUMN "proposed_complete" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_stats" ADD COLUMN "proposed_incomplete" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_fixed_in_cycle_id_cycles_id_fk" FOREIGN KEY ("fixed_in_cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_raised_by_accounts_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_evaluations" ADD CONSTRAINT "organization_evaluations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_evaluations" ADD CONSTRAINT "organization_evaluations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_evaluations" ADD CONSTRAINT "organization_evaluations_deciding_organization_id_organizations_id_fk" FOREIGN KEY ("deciding_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_evaluations" ADD CONSTRAINT "organization_evaluations_proposed_by_accounts_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_evaluations" ADD CONSTRAINT "organization_evaluations_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shortcomings_person_idx" ON "shortcomings" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "shortcomings_source_idx" ON "shortcomings" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_evaluations_cycle_org_idx" ON "organization_evaluations" USING btree ("cycle_id","organization_id");--> statement-breakpoint
CREATE INDEX "organization_evaluations_deciding_idx" ON "organization_evaluations" USING btree ("deciding_organization_id","cycle_id");--> statement-breakpoint
ALTER TABLE "commitment_items" ADD CONSTRAINT "commitment_items_shortcoming_id_shortcomings_id_fk" FOREIGN KEY ("shortcoming_id") REFERENCES "public"."shortcomings"("id") ON DELETE no action ON UPDATE no action;