CREATE TABLE "commitment_stats" (
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"draft" integer DEFAULT 0 NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	"approved" integer DEFAULT 0 NOT NULL,
	"returned" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "commitment_stats_organization_id_cycle_id_pk" PRIMARY KEY("organization_id","cycle_id")
);
--> statement-breakpoint
ALTER TABLE "commitment_stats" ADD CONSTRAINT "commitment_stats_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_stats" ADD CONSTRAINT "commitment_stats_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;