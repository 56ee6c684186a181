// The three key dates of a cycle as label–value pairs (dd/mm/yyyy), for lists, the cycle page and the home card.
import { useTranslation } from 'react-i18next'
import type { Cycle } from '../../../../common/contracts/cycles.ts'
import { formatDate } from '../../../components/format.ts'

export function useCycleDates() {
  const { t } = useTranslation()
  return (cycle: Pick<Cycle, 'registrationDeadline' | 'midyearReviewDate' | 'yearendReviewDate'>): [string, string][] => [
    [t('cycles.registrationDeadline'), formatDate(cycle.registrationDeadline)],
    [t('cycles.midyearReviewDate'), formatDate(cycle.midyearReviewDate)],
    [t('cycles.yearendReviewDate'), formatDate(cycle.yearendReviewDate)],
  ]
}
