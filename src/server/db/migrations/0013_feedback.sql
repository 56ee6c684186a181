CREATE TABLE "feedback_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_hash" text NOT NULL,
	"reference" text NOT NULL,
	"channel" text NOT NULL,
	"category_id" text NOT NULL,
	"commune_id" uuid NOT NULL,
	"handler_id" uuid NOT NULL,
	"content" text NOT NULL,
	"search_key" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"received_on" date NOT NULL,
	"acknowledge_due" date NOT NULL,
	"handling_due" date NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"draft_answer" text,
	"published_answer" text,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"rating" integer,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"merged_into_id" uuid,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_cases_status_check" CHECK ("feedback_cases"."status" in ('received','acknowledged','in_progress','answered','closed')),
	CONSTRAINT "feedback_cases_channel_check" CHECK ("feedback_cases"."channel" in ('web','phone','in_person','dialogue','mail')),
	CONSTRAINT "feedback_cases_rating_check" CHECK ("feedback_cases"."rating" is null or "feedback_cases"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "feedback_categories" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"handling_days" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_contacts" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"name" text,
	"phone" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "feedback_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_org_id" uuid,
	"to_org_id" uuid,
	"note" text,
	"public" boolean DEFAULT false NOT NULL,
	"actor_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_routes" (
	"commune_id" uuid NOT NULL,
	"category_id" text DEFAULT '*' NOT NULL,
	"handler_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_routes_commune_id_category_id_pk" PRIMARY KEY("commune_id","category_id")
);
--> statement-breakpoint
ALTER TABLE "feedback_cases" ADD CONSTRAINT "feedback_cases_category_id_feedback_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."feedback_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cases" ADD CONSTRAINT "feedback_cases_commune_id_organizations_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cases" ADD CONSTRAINT "feedback_cases_handler_id_organizations_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cases" ADD CONSTRAINT "feedback_cases_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_contacts" ADD CONSTRAINT "feedback_contacts_case_id_feedback_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."feedback_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_case_id_feedback_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."feedback_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_from_org_id_organizations_id_fk" FOREIGN KEY ("from_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_to_org_id_organizations_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_routes" ADD CONSTRAINT "feedback_routes_commune_id_organizations_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_routes" ADD CONSTRAINT "feedback_routes_handler_id_organizations_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_cases_tracking_idx" ON "feedback_cases" USING btree ("tracking_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_cases_reference_idx" ON "feedback_cases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "feedback_cases_handler_idx" ON "feedback_cases" USING btree ("handler_id","status");--> statement-breakpoint
CREATE INDEX "feedback_cases_commune_idx" ON "feedback_cases" USING btree ("commune_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_events_case_idx" ON "feedback_events" USING btree ("case_id","created_at");