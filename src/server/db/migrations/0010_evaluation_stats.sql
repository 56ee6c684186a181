CREATE TABLE "evaluation_stats" (
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"proposed" integer DEFAULT 0 NOT NULL,
	"excellent" integer DEFAULT 0 NOT NULL,
	"good" integer DEFAULT 0 NOT NULL,
	"complete" integer DEFAULT 0 NOT NULL,
	"incomplete" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "evaluation_stats_organization_id_cycle_id_pk" PRIMARY KEY("organization_id","cycle_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_stats" ADD CONSTRAINT "evaluation_stats_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_stats" ADD CONSTRAINT "evaluation_stats_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;