CREATE TABLE "shortcoming_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shortcoming_id" uuid NOT NULL,
	"content" text NOT NULL,
	"owner_org_id" uuid,
	"owner_name" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortcoming_actions_status_check" CHECK ("shortcoming_actions"."status" in ('open','done')),
	CONSTRAINT "shortcoming_actions_progress_check" CHECK ("shortcoming_actions"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "shortcoming_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shortcoming_id" uuid NOT NULL,
	"action_id" uuid,
	"kind" text NOT NULL,
	"progress" integer,
	"note" text,
	"actor_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shortcoming_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortcoming_evidence_type_check" CHECK ("shortcoming_evidence"."media_type" in ('image/jpeg','image/png','image/webp','application/pdf'))
);
--> statement-breakpoint
CREATE TABLE "plan_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"to_org_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"accepted_item_id" uuid,
	"note" text,
	"assigned_by" uuid,
	"responded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "plan_assignments_status_check" CHECK ("plan_assignments"."status" in ('pending','accepted','declined'))
);
--> statement-breakpoint
CREATE TABLE "plan_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"update_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_evidence_type_check" CHECK ("plan_evidence"."media_type" in ('image/jpeg','image/png','image/webp','application/pdf'))
);
--> statement-breakpoint
CREATE TABLE "plan_item_commitments" (
	"plan_item_id" uuid NOT NULL,
	"commitment_item_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_item_commitments_plan_item_id_commitment_item_id_pk" PRIMARY KEY("plan_item_id","commitment_item_id")
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"parent_id" uuid,
	"source_item_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"expected_result" text,
	"owner_org_id" uuid,
	"owner_person_id" uuid,
	"weight" integer DEFAULT 1 NOT NULL,
	"in_rollup" boolean DEFAULT true NOT NULL,
	"rollup_mode" text DEFAULT 'children' NOT NULL,
	"due_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"last_reported_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_items_kind_check" CHECK ("plan_items"."kind" in ('task','target','breakthrough','pressing')),
	CONSTRAINT "plan_items_status_check" CHECK ("plan_items"."status" in ('not_started','in_progress','late','done')),
	CONSTRAINT "plan_items_rollup_check" CHECK ("plan_items"."rollup_mode" in ('children','own')),
	CONSTRAINT "plan_items_weight_check" CHECK ("plan_items"."weight" between 0 and 1000),
	CONSTRAINT "plan_items_progress_check" CHECK ("plan_items"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "plan_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"period_id" uuid,
	"progress" integer NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"reported_by" uuid,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_updates_status_check" CHECK ("plan_updates"."status" in ('not_started','in_progress','late','done')),
	CONSTRAINT "plan_updates_progress_check" CHECK ("plan_updates"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"title" text NOT NULL,
	"document_number" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"due_on" date NOT NULL,
	CONSTRAINT "reporting_periods_kind_check" CHECK ("reporting_periods"."kind" in ('quarter','half','year')),
	CONSTRAINT "reporting_periods_dates_check" CHECK ("reporting_periods"."starts_on" <= "reporting_periods"."ends_on")
);
--> statement-breakpoint
ALTER TABLE "shortcomings" DROP CONSTRAINT "shortcomings_status_check";--> statement-breakpoint
ALTER TABLE "shortcomings" DROP CONSTRAINT "shortcomings_source_check";--> statement-breakpoint
ALTER TABLE "shortcomings" ALTER COLUMN "person_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD COLUMN "subject_org_id" uuid;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD COLUMN "severity" text DEFAULT 'medium' NOT NULL;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD COLUMN "proposed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD COLUMN "verified_by" uuid;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD COLUMN "reopened_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD COLUMN "carried_to_plan_item_id" uuid;--> statement-breakpoint
ALTER TABLE "shortcoming_actions" ADD CONSTRAINT "shortcoming_actions_shortcoming_id_shortcomings_id_fk" FOREIGN KEY ("shortcoming_id") REFERENCES "public"."shortcomings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcoming_actions" ADD CONSTRAINT "shortcoming_actions_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcoming_events" ADD CONSTRAINT "shortcoming_events_shortcoming_id_shortcomings_id_fk" FOREIGN KEY ("shortcoming_id") REFERENCES "public"."shortcomings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcoming_events" ADD CONSTRAINT "shortcoming_events_action_id_shortcoming_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."shortcoming_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcoming_events" ADD CONSTRAINT "shortcoming_events_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcoming_evidence" ADD CONSTRAINT "shortcoming_evidence_event_id_shortcoming_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."shortcoming_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignments" ADD CONSTRAINT "plan_assignments_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignments" ADD CONSTRAINT "plan_assignments_to_org_id_organizations_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignments" ADD CONSTRAINT "plan_assignments_accepted_item_id_plan_items_id_fk" FOREIGN KEY ("accepted_item_id") REFERENCES "public"."plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignments" ADD CONSTRAINT "plan_assignments_assigned_by_accounts_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignments" ADD CONSTRAINT "plan_assignments_responded_by_accounts_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_evidence" ADD CONSTRAINT "plan_evidence_update_id_plan_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."plan_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_commitments" ADD CONSTRAINT "plan_item_commitments_plan_item_id_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_commitments" ADD CONSTRAINT "plan_item_commitments_commitment_item_id_commitment_items_id_fk" FOREIGN KEY ("commitment_item_id") REFERENCES "public"."commitment_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_updates" ADD CONSTRAINT "plan_updates_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_updates" ADD CONSTRAINT "plan_updates_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_updates" ADD CONSTRAINT "plan_updates_reported_by_accounts_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shortcoming_actions_idx" ON "shortcoming_actions" USING btree ("shortcoming_id");--> statement-breakpoint
CREATE INDEX "shortcoming_events_idx" ON "shortcoming_events" USING btree ("shortcoming_id","created_at");--> statement-breakpoint
CREATE INDEX "shortcoming_evidence_event_idx" ON "shortcoming_evidence" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_assignments_item_org_idx" ON "plan_assignments" USING btree ("item_id","to_org_id");--> statement-breakpoint
CREATE INDEX "plan_assignments_to_idx" ON "plan_assignments" USING btree ("to_org_id","status");--> statement-breakpoint
CREATE INDEX "plan_evidence_update_idx" ON "plan_evidence" USING btree ("update_id");--> statement-breakpoint
CREATE INDEX "plan_item_commitments_commitment_idx" ON "plan_item_commitments" USING btree ("commitment_item_id");--> statement-breakpoint
CREATE INDEX "plan_items_plan_idx" ON "plan_items" USING btree ("plan_id","parent_id","position");--> statement-breakpoint
CREATE INDEX "plan_items_source_idx" ON "plan_items" USING btree ("source_item_id");--> statement-breakpoint
CREATE INDEX "plan_updates_item_idx" ON "plan_updates" USING btree ("item_id","reported_at");--> statement-breakpoint
CREATE INDEX "plan_updates_period_idx" ON "plan_updates" USING btree ("period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_org_cycle_idx" ON "plans" USING btree ("organization_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_cycle_label_idx" ON "reporting_periods" USING btree ("cycle_id","label");--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_subject_org_id_organizations_id_fk" FOREIGN KEY ("subject_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_verified_by_accounts_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shortcomings_subject_org_idx" ON "shortcomings" USING btree ("subject_org_id","status");--> statement-breakpoint
CREATE INDEX "shortcomings_org_idx" ON "shortcomings" USING btree ("organization_id","status");--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_severity_check" CHECK ("shortcomings"."severity" in ('low','medium','high'));--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_subject_check" CHECK (("shortcomings"."person_id" is null) <> ("shortcomings"."subject_org_id" is null));--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_status_check" CHECK ("shortcomings"."status" in ('open','proposed','fixed'));--> statement-breakpoint
ALTER TABLE "shortcomings" ADD CONSTRAINT "shortcomings_source_check" CHECK ("shortcomings"."source" in ('review','org_review','inspection','feedback','direct'));