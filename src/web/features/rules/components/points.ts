// Points as the editor holds them (a number, or '' while an input is empty), their sums and the score bands' ranges.
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../components/format.ts'

export type Points = number | ''

/** Empty inputs count as 0 (the save refuses them anyway). */
export function sumPoints(items: readonly { maxPoints: Points }[]): number {
  return items.reduce((sum, c) => sum + (typeof c.maxPoints === 'number' ? c.maxPoints : 0), 0)
}

/** Each band's range, best first: "≥ 90", "70 – < 90", "50 – < 70", "< 50". */
export function useBandRanges() {
  const { t } = useTranslation()
  return (bands: readonly { minScore: Points }[]): string[] =>
    bands.map((band, i) => {
      const min = formatNumber(Number(band.minScore || 0))
      if (i === 0) return t('rules.bandTop', { min })
      const max = formatNumber(Number(bands[i - 1].minScore || 0))
      return i === bands.length - 1 ? t('rules.bandBottom', { max }) : t('rules.bandRange', { min, max })
    })
}
