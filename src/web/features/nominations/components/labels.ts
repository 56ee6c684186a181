// The rubric's criteria as the UI names them: the rubric's own Vietnamese wording, or the English of the catalogue.
import { useTranslation } from 'react-i18next'
import type { ModelArea } from '../../../../common/contracts/models.base.ts'
import type { RubricCriterion } from '../../../../common/models/rubric.ts'

export function useCriterionLabel() {
  const { t, i18n } = useTranslation()
  return (area: ModelArea, c: RubricCriterion): string => {
    if (i18n.language !== 'en') return c.vi
    if (c.key === 'typical') return t(`nominations.rubric.typical.${area}`)
    return i18n.exists(`nominations.rubric.${c.key}`) ? t(`nominations.rubric.${c.key}` as 'nominations.rubric.results') : c.vi
  }
}

/** An event kind a newer server adds shows as sent. */
export function useEventLabel() {
  const { t, i18n } = useTranslation()
  return (kind: string) => (i18n.exists(`nominations.event.${kind}`) ? t(`nominations.event.${kind}` as 'nominations.event.submitted') : kind)
}
