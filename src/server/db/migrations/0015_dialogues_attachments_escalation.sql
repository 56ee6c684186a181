CREATE TABLE "feedback_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_attachments_type_check" CHECK ("feedback_attachments"."media_type" in ('image/jpeg','image/png','image/webp','application/pdf'))
);
--> statement-breakpoint
CREATE TABLE "dialogue_promise_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"promise_id" uuid NOT NULL,
	"progress" integer NOT NULL,
	"note" text NOT NULL,
	"status" text NOT NULL,
	"actor_account_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_promises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"question_id" uuid,
	"content" text NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"owner_name" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_promises_status_check" CHECK ("dialogue_promises"."status" in ('open','done','dropped')),
	CONSTRAINT "dialogue_promises_progress_check" CHECK ("dialogue_promises"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "dialogue_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"raised_by" text,
	"content" text NOT NULL,
	"response" text,
	"feedback_case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"starts_at" text,
	"place" text NOT NULL,
	"chair" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"summary" text,
	"attendance" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_sessions_kind_check" CHECK ("dialogue_sessions"."kind" in ('reception','ad_hoc','dialogue')),
	CONSTRAINT "dialogue_sessions_status_check" CHECK ("dialogue_sessions"."status" in ('planned','held','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "feedback_cases" ADD COLUMN "escalated_to_id" uuid;--> statement-breakpoint
ALTER TABLE "feedback_cases" ADD COLUMN "escalated_on" date;--> statement-breakpoint
ALTER TABLE "feedback_cases" ADD COLUMN "escalation_level" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_attachments" ADD CONSTRAINT "feedback_attachments_case_id_feedback_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."feedback_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_promise_reports" ADD CONSTRAINT "dialogue_promise_reports_promise_id_dialogue_promises_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."dialogue_promises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_promise_reports" ADD CONSTRAINT "dialogue_promise_reports_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_promises" ADD CONSTRAINT "dialogue_promises_session_id_dialogue_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_promises" ADD CONSTRAINT "dialogue_promises_question_id_dialogue_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."dialogue_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_promises" ADD CONSTRAINT "dialogue_promises_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_questions" ADD CONSTRAINT "dialogue_questions_session_id_dialogue_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_questions" ADD CONSTRAINT "dialogue_questions_feedback_case_id_feedback_cases_id_fk" FOREIGN KEY ("feedback_case_id") REFERENCES "public"."feedback_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "dialogue_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "dialogue_sessions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_attachments_case_idx" ON "feedback_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "dialogue_promise_reports_promise_idx" ON "dialogue_promise_reports" USING btree ("promise_id","at");--> statement-breakpoint
CREATE INDEX "dialogue_promises_session_idx" ON "dialogue_promises" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "dialogue_promises_owner_idx" ON "dialogue_promises" USING btree ("owner_org_id","status","due_on");--> statement-breakpoint
CREATE INDEX "dialogue_questions_session_idx" ON "dialogue_questions" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "dialogue_sessions_org_idx" ON "dialogue_sessions" USING btree ("organization_id","held_on");--> statement-breakpoint
ALTER TABLE "feedback_cases" ADD CONSTRAINT "feedback_cases_escalated_to_id_organizations_id_fk" FOREIGN KEY ("escalated_to_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_cases_escalated_idx" ON "feedback_cases" USING btree ("escalated_to_id");