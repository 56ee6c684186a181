CREATE TABLE "exemplary_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"source" text NOT NULL,
	"strengths" text,
	"weaknesses" text,
	"exemplary" text,
	"suggestions" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exemplary_comments_source_check" CHECK ("exemplary_comments"."source" in ('colleague','residence'))
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "published_scope" text;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exemplary_comments" ADD CONSTRAINT "exemplary_comments_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplary_comments" ADD CONSTRAINT "exemplary_comments_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exemplary_comments_author_idx" ON "exemplary_comments" USING btree ("commitment_id","author_account_id");