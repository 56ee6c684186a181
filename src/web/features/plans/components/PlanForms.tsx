// Creating a unit's plan for a cycle (its title, and its number once issued, "12-KH/ĐU"), and changing them.
import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../../components/FormError.tsx'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, nullableText } from '../../../components/forms.ts'
import { notifyAndClose, notifySuccess } from '../../../components/notify.ts'
import { useCreatePlanMutation, useUpdatePlanMutation, type PlanBoard } from '../api.ts'

const NUMBER_HINT = /^\d{1,6}-[A-ZĐ]{1,6}\/[A-ZĐ0-9.-]{1,20}$/u

function useNumberProblem() {
  const { t } = useTranslation()
  return (value: string) => (value.trim() && !NUMBER_HINT.test(value.trim()) ? t('plans.create.numberInvalid') : undefined)
}

export function CreatePlanForm({ board }: { board: PlanBoard }) {
  const { t } = useTranslation()
  const mutation = useCreatePlanMutation()
  const numberProblem = useNumberProblem()
  const [title, setTitle] = useState(t('plans.create.titleDefault', { year: board.cycle.year }))
  const [number, setNumber] = useState('')
  const [problems, setProblems] = useState<{ title?: string; number?: string }>({})
  function submit(event: FormEvent) {
    event.preventDefault()
    const found = { title: title.trim().length < 5 ? t('plans.create.titleTooShort') : undefined, number: numberProblem(number) }
    setProblems(found)
    if (found.title || found.number) return
    mutation.mutate({ orgId: board.organization.id, cycleId: board.cycle.id, title: title.trim(), documentNumber: nullableText(number) }, { onSuccess: () => notifySuccess(t('plans.create.done')) })
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-create">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} id="plan-create">{t('plans.create.title', { year: board.cycle.year })}</Title>
          <Text>{t('plans.create.intro')}</Text>
          <FormError error={mutation.error} fields={['title', 'documentNumber']} />
          <TextInput label={t('plans.create.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={300} required error={problems.title ?? fieldError(mutation.error, 'title')} errorProps={{ role: 'alert' }} />
          <TextInput label={t('plans.create.number')} description={t('plans.create.numberHint')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} maxLength={40} maw="16rem" error={problems.number ?? fieldError(mutation.error, 'documentNumber')} errorProps={{ role: 'alert' }} />
          <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>{t('plans.create.submit')}</Button>
        </Stack>
      </form>
    </Paper>
  )
}

export function EditPlanModal({ plan, onClose }: { plan: NonNullable<PlanBoard['plan']>; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdatePlanMutation(plan.id)
  const numberProblem = useNumberProblem()
  const [title, setTitle] = useState(plan.title)
  const [number, setNumber] = useState(plan.documentNumber ?? '')
  const [problems, setProblems] = useState<{ title?: string; number?: string }>({})
  function submit() {
    const found = { title: title.trim().length < 5 ? t('plans.create.titleTooShort') : undefined, number: numberProblem(number) }
    setProblems(found)
    if (found.title || found.number) return
    mutation.mutate({ title: title.trim(), documentNumber: nullableText(number) }, notifyAndClose(t('common.saved'), onClose))
  }
  return (
    <FormModal title={t('plans.board.editPlan')} onClose={onClose} onSubmit={submit} pending={mutation.isPending} error={mutation.error} fields={['title', 'documentNumber']}>
      <TextInput label={t('plans.create.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={300} required error={problems.title ?? fieldError(mutation.error, 'title')} errorProps={{ role: 'alert' }} data-autofocus />
      <TextInput label={t('plans.create.number')} description={t('plans.create.numberHint')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} maxLength={40} maw="16rem" error={problems.number ?? fieldError(mutation.error, 'documentNumber')} errorProps={{ role: 'alert' }} />
    </FormModal>
  )
}
