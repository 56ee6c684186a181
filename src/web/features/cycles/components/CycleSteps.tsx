// The workflow steps allowed now (the server's `abilities.steps`), each behind a confirmation saying what changes.
import { Button } from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cycle, CycleStep } from '../../../../common/contracts/cycles.ts'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { formatDate } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useCycleStepMutation } from '../api.ts'

export function CycleStepButtons({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useCycleStepMutation(cycle.id)
  const [step, setStep] = useState<CycleStep | null>(null)
  const close = () => setStep(null)

  return (
    <>
      {cycle.abilities.steps.map((s) => (
        <Button
          key={s}
          leftSection={<IconPlayerPlay size={20} aria-hidden />}
          onClick={() => {
            mutation.reset()
            setStep(s)
          }}
        >
          {labels.cycleStep(s)}
        </Button>
      ))}
      {step && (
        <ConfirmModal
          title={labels.cycleStep(step)}
          message={t(`cycles.stepConfirm.${step}`, {
            year: cycle.year,
            deadline: formatDate(cycle.registrationDeadline),
            midyear: formatDate(cycle.midyearReviewDate),
            yearend: formatDate(cycle.yearendReviewDate),
            ruleSet: cycle.ruleSet.name,
          })}
          confirmLabel={labels.cycleStep(step)}
          danger={step === 'close'}
          onConfirm={() =>
            mutation.mutate(step, notifyAndClose((next) => t('cycles.stepDone', { year: next.year, status: labels.cycleStatus(next.status) }), close))
          }
          onClose={close}
          loading={mutation.isPending}
          error={mutation.error}
        />
      )}
    </>
  )
}
