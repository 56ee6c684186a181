CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"quota_scope_id" uuid NOT NULL,
	"review_date" date NOT NULL,
	"attendance_present" integer NOT NULL,
	"attendance_total" integer NOT NULL,
	"votes" jsonb NOT NULL,
	"proposed_level" text NOT NULL,
	"comment" text,
	"reviewed_by" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decided_level" text,
	"decided_score" numeric(5, 1),
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"exception_justification" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_status_check" CHECK ("evaluations"."status" in ('proposed','decided')),
	CONSTRAINT "evaluations_attendance_check" CHECK ("evaluations"."attendance_present" <= "evaluations"."attendance_total")
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_quota_scope_id_organizations_id_fk" FOREIGN KEY ("quota_scope_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_reviewed_by_accounts_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_cycle_person_idx" ON "evaluations" USING btree ("cycle_id","person_id");--> statement-breakpoint
CREATE INDEX "evaluations_scope_idx" ON "evaluations" USING btree ("quota_scope_id","cycle_id","status");--> statement-breakpoint
CREATE INDEX "evaluations_org_idx" ON "evaluations" USING btree ("organization_id","cycle_id");