CREATE TABLE "nomination_rubrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"source_document" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_rubrics_code_unique" UNIQUE("code"),
	CONSTRAINT "nomination_rubrics_status_check" CHECK ("nomination_rubrics"."status" in ('draft','published')),
	CONSTRAINT "nomination_rubrics_dates_check" CHECK ("nomination_rubrics"."effective_to" is null or "nomination_rubrics"."effective_to" >= "nomination_rubrics"."effective_from")
);
--> statement-breakpoint
-- The shipped rubric, published, in force from 2000 on; nominations made before this migration are scored on it.
INSERT INTO "nomination_rubrics" ("code", "name", "effective_from", "status", "content", "published_at")
VALUES ('guong-dien-hinh-2026', 'Thang điểm xét chọn gương điển hình, mô hình hay (bản cài đặt sẵn)', '2000-01-01', 'published', '{"areas":{"ideology":[{"key":"typical","title":"Tiêu biểu về bản lĩnh chính trị, niềm tin, tự giác học tập và làm theo tư tưởng Hồ Chí Minh","maxPoints":30},{"key":"results","title":"Kết quả cụ thể, lượng hóa được; hiệu quả mang lại cho cơ quan, đơn vị, nhân dân","maxPoints":30},{"key":"replicable","title":"Khả năng nhân rộng, lan tỏa sang đơn vị, địa phương khác","maxPoints":20},{"key":"sustained","title":"Tính bền vững, duy trì thường xuyên; được tập thể, nhân dân ghi nhận","maxPoints":20}],"ethics":[{"key":"typical","title":"Tiêu biểu về đạo đức cách mạng: cần, kiệm, liêm, chính, chí công vô tư; tận tụy phục vụ nhân dân","maxPoints":30},{"key":"results","title":"Kết quả cụ thể, lượng hóa được; hiệu quả mang lại cho cơ quan, đơn vị, nhân dân","maxPoints":30},{"key":"replicable","title":"Khả năng nhân rộng, lan tỏa sang đơn vị, địa phương khác","maxPoints":20},{"key":"sustained","title":"Tính bền vững, duy trì thường xuyên; được tập thể, nhân dân ghi nhận","maxPoints":20}],"style":[{"key":"typical","title":"Tiêu biểu về phong cách: gần dân, nói đi đôi với làm, khoa học, dân chủ, nêu gương","maxPoints":30},{"key":"results","title":"Kết quả cụ thể, lượng hóa được; hiệu quả mang lại cho cơ quan, đơn vị, nhân dân","maxPoints":30},{"key":"replicable","title":"Khả năng nhân rộng, lan tỏa sang đơn vị, địa phương khác","maxPoints":20},{"key":"sustained","title":"Tính bền vững, duy trì thường xuyên; được tập thể, nhân dân ghi nhận","maxPoints":20}]}}'::jsonb, now());--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "rubric_id" uuid;--> statement-breakpoint
UPDATE "nominations" SET "rubric_id" = (SELECT "id" FROM "nomination_rubrics" WHERE "code" = 'guong-dien-hinh-2026');--> statement-breakpoint
ALTER TABLE "nominations" ALTER COLUMN "rubric_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_rubric_id_nomination_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."nomination_rubrics"("id") ON DELETE no action ON UPDATE no action;