CREATE TABLE "inspection_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"criterion_key" text,
	"criterion" text NOT NULL,
	"result" text,
	"note" text,
	CONSTRAINT "inspection_checks_result_check" CHECK ("inspection_checks"."result" is null or "inspection_checks"."result" in ('met','partly','not_met','not_applicable'))
);
--> statement-breakpoint
CREATE TABLE "inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"description" text NOT NULL,
	"severity" text DEFAULT 'medium' NOT NULL,
	"shortcoming_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_findings_severity_check" CHECK ("inspection_findings"."severity" in ('low','medium','high'))
);
--> statement-breakpoint
CREATE TABLE "inspection_programmes" (
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
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid,
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_org_id" uuid NOT NULL,
	"target_person_id" uuid,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"team" text NOT NULL,
	"planned_on" date NOT NULL,
	"held_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"conclusion" text,
	"recommendations" text,
	"report_due_on" date,
	"report_back" text,
	"reported_back_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_kind_check" CHECK ("inspections"."kind" in ('inspection','supervision')),
	CONSTRAINT "inspections_status_check" CHECK ("inspections"."status" in ('planned','done','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "inspection_checks" ADD CONSTRAINT "inspection_checks_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_shortcoming_id_shortcomings_id_fk" FOREIGN KEY ("shortcoming_id") REFERENCES "public"."shortcomings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_programmes" ADD CONSTRAINT "inspection_programmes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_programmes" ADD CONSTRAINT "inspection_programmes_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_programmes" ADD CONSTRAINT "inspection_programmes_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_programme_id_inspection_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."inspection_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_target_org_id_organizations_id_fk" FOREIGN KEY ("target_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_target_person_id_people_id_fk" FOREIGN KEY ("target_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_checks_idx" ON "inspection_checks" USING btree ("inspection_id","position");--> statement-breakpoint
CREATE INDEX "inspection_findings_idx" ON "inspection_findings" USING btree ("inspection_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_programmes_org_cycle_idx" ON "inspection_programmes" USING btree ("organization_id","cycle_id");--> statement-breakpoint
CREATE INDEX "inspections_org_idx" ON "inspections" USING btree ("organization_id","planned_on");--> statement-breakpoint
CREATE INDEX "inspections_target_idx" ON "inspections" USING btree ("target_org_id","planned_on");