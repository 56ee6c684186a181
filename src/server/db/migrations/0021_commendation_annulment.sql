ALTER TABLE "commendations" ADD COLUMN "annulled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commendations" ADD COLUMN "annulled_by" uuid;--> statement-breakpoint
ALTER TABLE "commendations" ADD COLUMN "annul_reason" text;--> statement-breakpoint
ALTER TABLE "commendations" ADD COLUMN "annulled_nomination_ids" jsonb;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_annulled_by_accounts_id_fk" FOREIGN KEY ("annulled_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_annulled_check" CHECK (("commendations"."annulled_at" is null) = ("commendations"."annul_reason" is null));