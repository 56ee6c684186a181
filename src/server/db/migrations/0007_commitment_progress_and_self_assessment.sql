ALTER TABLE "commitment_items" ADD COLUMN "midyear_percent" integer;--> statement-breakpoint
ALTER TABLE "commitment_items" ADD COLUMN "midyear_note" text;--> statement-breakpoint
ALTER TABLE "commitment_items" ADD COLUMN "result" text;--> statement-breakpoint
ALTER TABLE "commitment_items" ADD COLUMN "result_note" text;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "self_scores" jsonb;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "self_total" numeric(5, 1);--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "self_level" text;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "self_conditions" jsonb;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "self_assessed_at" timestamp with time zone;