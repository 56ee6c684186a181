import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../components/format.ts'

/** "Từ 01/01/2027 đến 31/12/2030", or "Từ 01/01/2027" while open-ended. */
export function useEffectiveText() {
  const { t } = useTranslation()
  return ({ effectiveFrom, effectiveTo }: { effectiveFrom: string; effectiveTo: string | null }) =>
    effectiveTo
      ? t('common.fromTo', { from: formatDate(effectiveFrom), to: formatDate(effectiveTo) })
      : t('rubrics.effectiveOpen', { from: formatDate(effectiveFrom) })
}
