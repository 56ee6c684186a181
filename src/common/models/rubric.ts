// The scoring rubric reviewers use on a nomination, per area of Chỉ thị 05. Each criterion has a key, the points it is
// worth and its Vietnamese wording (the English lives in the i18n catalogue under nominations.rubric).
import type { ModelArea } from '../contracts/models.base.ts'

export interface RubricCriterion {
  key: string
  max: number
  vi: string
}

const common = (typical: string): RubricCriterion[] => [
  { key: 'typical', max: 30, vi: typical },
  { key: 'results', max: 30, vi: 'Kết quả cụ thể, lượng hóa được; hiệu quả mang lại cho cơ quan, đơn vị, nhân dân' },
  { key: 'replicable', max: 20, vi: 'Khả năng nhân rộng, lan tỏa sang đơn vị, địa phương khác' },
  { key: 'sustained', max: 20, vi: 'Tính bền vững, duy trì thường xuyên; được tập thể, nhân dân ghi nhận' },
]

export const RUBRICS: Record<ModelArea, RubricCriterion[]> = {
  ideology: common('Tiêu biểu về bản lĩnh chính trị, niềm tin, tự giác học tập và làm theo tư tưởng Hồ Chí Minh'),
  ethics: common('Tiêu biểu về đạo đức cách mạng: cần, kiệm, liêm, chính, chí công vô tư; tận tụy phục vụ nhân dân'),
  style: common('Tiêu biểu về phong cách: gần dân, nói đi đôi với làm, khoa học, dân chủ, nêu gương'),
}

/** The most points a review can give (the same for every area). */
export const RUBRIC_MAX = 100

/** Checks scores against the area's rubric: every criterion present, an integer within 0..max, nothing else. */
export function checkScores(area: ModelArea, scores: Record<string, number>): { ok: true; total: number } | { ok: false; key: string } {
  const rubric = RUBRICS[area]
  for (const key of Object.keys(scores)) if (!rubric.some((c) => c.key === key)) return { ok: false, key }
  let total = 0
  for (const c of rubric) {
    const v = scores[c.key]
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > c.max) return { ok: false, key: c.key }
    total += v
  }
  return { ok: true, total }
}
