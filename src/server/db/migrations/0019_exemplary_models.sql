CREATE TABLE "model_adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"adopted_on" date NOT NULL,
	"result" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" uuid NOT NULL,
	"role" text NOT NULL,
	"caption" text,
	"credit" text,
	"position" integer DEFAULT 0 NOT NULL,
	"thumb_data" "bytea",
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_files_role_check" CHECK ("model_files"."role" in ('photo','evidence')),
	CONSTRAINT "model_files_type_check" CHECK ("model_files"."media_type" in ('image/jpeg','image/png','image/webp','application/pdf')),
	CONSTRAINT "model_files_photo_check" CHECK ("model_files"."role" <> 'photo' or "model_files"."media_type" <> 'application/pdf')
);
--> statement-breakpoint
CREATE TABLE "models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"area" text NOT NULL,
	"movement_id" uuid,
	"organization_id" uuid NOT NULL,
	"person_id" uuid,
	"summary" text NOT NULL,
	"story" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"origin" text DEFAULT 'unit' NOT NULL,
	"consent_recorded_at" timestamp with time zone,
	"consent_recorded_by" uuid,
	"consent_note" text,
	"commended_year" integer,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "models_kind_check" CHECK ("models"."kind" in ('person','collective','practice')),
	CONSTRAINT "models_area_check" CHECK ("models"."area" in ('ideology','ethics','style')),
	CONSTRAINT "models_origin_check" CHECK ("models"."origin" in ('unit','citizen')),
	CONSTRAINT "models_person_check" CHECK (("models"."kind" = 'person') = ("models"."person_id" is not null)),
	CONSTRAINT "models_published_check" CHECK ("models"."published_at" is null or "models"."commended_year" is not null)
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movements_dates_check" CHECK ("movements"."ends_on" is null or "movements"."ends_on" >= "movements"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "commendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"form" text NOT NULL,
	"title" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_title" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commendations_form_check" CHECK ("commendations"."form" in ('certificate','diploma'))
);
--> statement-breakpoint
CREATE TABLE "nomination_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_org_id" uuid,
	"to_org_id" uuid,
	"note" text,
	"actor_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nomination_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"reviewer_account_id" uuid NOT NULL,
	"conflict" boolean DEFAULT false NOT NULL,
	"conflict_note" text,
	"scores" jsonb,
	"total" integer,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_reviews_conflict_check" CHECK (not "nomination_reviews"."conflict" or ("nomination_reviews"."scores" is null and "nomination_reviews"."conflict_note" is not null))
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"nominated_by_org_id" uuid NOT NULL,
	"proposer" text DEFAULT 'party_unit' NOT NULL,
	"proposer_name" text,
	"reason" text NOT NULL,
	"at_org_id" uuid NOT NULL,
	"status" text DEFAULT 'in_review' NOT NULL,
	"status_note" text,
	"commendation_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_status_check" CHECK ("nominations"."status" in ('in_review','returned','declined','commended','withdrawn')),
	CONSTRAINT "nominations_proposer_check" CHECK ("nominations"."proposer" in ('party_unit','office','mass_organization','citizen'))
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"model_id" uuid,
	"title" text NOT NULL,
	"lead" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"byline" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stories_status_check" CHECK ("stories"."status" in ('draft','published'))
);
--> statement-breakpoint
CREATE TABLE "story_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"story_id" uuid NOT NULL,
	"caption" text,
	"credit" text,
	"position" integer DEFAULT 0 NOT NULL,
	"thumb_data" "bytea",
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_photos_type_check" CHECK ("story_photos"."media_type" in ('image/jpeg','image/png','image/webp'))
);
--> statement-breakpoint
CREATE TABLE "model_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"suggester_name" text,
	"suggester_contact" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderation_note" text,
	"model_id" uuid,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_suggestions_status_check" CHECK ("model_suggestions"."status" in ('pending','accepted','declined')),
	CONSTRAINT "model_suggestions_kind_check" CHECK ("model_suggestions"."kind" in ('person','collective','practice'))
);
--> statement-breakpoint
ALTER TABLE "model_adoptions" ADD CONSTRAINT "model_adoptions_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_adoptions" ADD CONSTRAINT "model_adoptions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_adoptions" ADD CONSTRAINT "model_adoptions_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_files" ADD CONSTRAINT "model_files_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_consent_recorded_by_accounts_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_from_org_id_organizations_id_fk" FOREIGN KEY ("from_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_to_org_id_organizations_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_reviews" ADD CONSTRAINT "nomination_reviews_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_reviews" ADD CONSTRAINT "nomination_reviews_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_reviews" ADD CONSTRAINT "nomination_reviews_reviewer_account_id_accounts_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominated_by_org_id_organizations_id_fk" FOREIGN KEY ("nominated_by_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_at_org_id_organizations_id_fk" FOREIGN KEY ("at_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_commendation_id_commendations_id_fk" FOREIGN KEY ("commendation_id") REFERENCES "public"."commendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_photos" ADD CONSTRAINT "story_photos_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_suggestions" ADD CONSTRAINT "model_suggestions_commune_id_organizations_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_suggestions" ADD CONSTRAINT "model_suggestions_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_suggestions" ADD CONSTRAINT "model_suggestions_moderated_by_accounts_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "model_adoptions_model_org_idx" ON "model_adoptions" USING btree ("model_id","organization_id");--> statement-breakpoint
CREATE INDEX "model_adoptions_org_idx" ON "model_adoptions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "model_files_model_idx" ON "model_files" USING btree ("model_id","role","position");--> statement-breakpoint
CREATE INDEX "models_org_idx" ON "models" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "models_published_idx" ON "models" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "movements_org_name_idx" ON "movements" USING btree ("organization_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "commendations_number_idx" ON "commendations" USING btree ("organization_id","year","number");--> statement-breakpoint
CREATE INDEX "nomination_events_idx" ON "nomination_events" USING btree ("nomination_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_reviews_reviewer_idx" ON "nomination_reviews" USING btree ("nomination_id","org_id","reviewer_account_id");--> statement-breakpoint
CREATE INDEX "nominations_at_idx" ON "nominations" USING btree ("at_org_id","status");--> statement-breakpoint
CREATE INDEX "nominations_model_idx" ON "nominations" USING btree ("model_id","year");--> statement-breakpoint
CREATE INDEX "nominations_by_idx" ON "nominations" USING btree ("nominated_by_org_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_open_idx" ON "nominations" USING btree ("model_id","year") WHERE "nominations"."status" in ('in_review','returned');--> statement-breakpoint
CREATE INDEX "stories_org_idx" ON "stories" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "stories_model_idx" ON "stories" USING btree ("model_id");--> statement-breakpoint
CREATE INDEX "stories_published_idx" ON "stories" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "story_photos_story_idx" ON "story_photos" USING btree ("story_id","position");--> statement-breakpoint
CREATE INDEX "model_suggestions_commune_idx" ON "model_suggestions" USING btree ("commune_id","status");