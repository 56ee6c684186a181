// Adding an item (or a sub-item) to a plan, or changing one: kind, content, description, the measurable result, the
// owner unit and/or person (in the plan's subtree), weight and roll-up switches, due date.
import { NumberInput, Radio, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PLAN_ITEM_KINDS, PLAN_MAX_WEIGHT } from '../../../../common/contracts/plans.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, nullableText } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { PersonPicker, type PickedPerson } from '../../../components/PersonPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { useCreateItemMutation, useUpdateItemMutation, type PlanItem, type PlanItemKind, type RollupMode } from '../api.ts'

const FIELDS = ['kind', 'title', 'description', 'expectedResult', 'ownerOrgId', 'ownerPersonId', 'weight', 'inRollup', 'rollupMode', 'dueOn', 'parentId'] as const

interface Draft {
  kind: PlanItemKind
  title: string
  description: string
  expectedResult: string
  ownerOrgId: string | null
  ownerPerson: PickedPerson | null
  weight: number | string
  inRollup: boolean
  rollupMode: RollupMode
  dueOn: string
}

const fromItem = (i: PlanItem): Draft => ({
  kind: i.kind, title: i.title, description: i.description ?? '', expectedResult: i.expectedResult ?? '', ownerOrgId: i.ownerOrg?.id ?? null,
  ownerPerson: i.ownerPerson ? { id: i.ownerPerson.id, fullName: i.ownerPerson.name } : null, weight: i.weight, inRollup: i.inRollup, rollupMode: i.rollupMode, dueOn: i.dueOn ?? '',
})

const EMPTY: Draft = { kind: 'task', title: '', description: '', expectedResult: '', ownerOrgId: null, ownerPerson: null, weight: 1, inRollup: true, rollupMode: 'children', dueOn: '' }

function body(d: Draft) {
  return {
    kind: d.kind, title: d.title.trim(), description: nullableText(d.description), expectedResult: nullableText(d.expectedResult),
    ownerOrgId: d.ownerOrgId, ownerPersonId: d.ownerPerson?.id ?? null, weight: Number(d.weight), inRollup: d.inRollup, rollupMode: d.rollupMode, dueOn: d.dueOn || null,
  }
}

function ItemForm({ title, initial, pending, error, onSubmit, onClose }: {
  title: string
  initial: Draft
  pending: boolean
  error: unknown
  onSubmit: (d: Draft) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [d, setDraft] = useState<Draft>(initial)
  const [problems, setProblems] = useState<{ title?: string; weight?: string }>({})
  const owner = useOrganization(d.ownerOrgId ?? '', { enabled: Boolean(d.ownerOrgId) })
  const set = (patch: Partial<Draft>) => setDraft({ ...d, ...patch })
  const err = (k: (typeof FIELDS)[number]) => fieldError(error, k)
  const errorProps = { role: 'alert' }

  function submit() {
    const found = {
      title: d.title.trim().length < 3 ? t('plans.item.titleTooShort') : undefined,
      weight: typeof d.weight !== 'number' ? t('common.required') : undefined,
    }
    setProblems(found)
    if (!found.title && !found.weight) onSubmit(d)
  }

  return (
    <FormModal title={title} size="xl" onClose={onClose} onSubmit={submit} pending={pending} error={error} fields={FIELDS}>
      <Select label={t('plans.item.kind')} data={PLAN_ITEM_KINDS.map((k) => ({ value: k, label: t(`plans.kind.${k}`) }))} value={d.kind} onChange={(v) => v && set({ kind: v as PlanItemKind })} allowDeselect={false} error={err('kind')} w={{ base: '100%', xs: 320 }} />
      <Textarea label={t('plans.item.title')} value={d.title} onChange={(e) => set({ title: e.currentTarget.value })} autosize minRows={2} maxRows={6} maxLength={500} required error={problems.title ?? err('title')} errorProps={errorProps} data-autofocus />
      <Textarea label={t('plans.item.description')} value={d.description} onChange={(e) => set({ description: e.currentTarget.value })} autosize minRows={2} maxRows={8} maxLength={5000} error={err('description')} />
      <TextInput label={t('plans.item.expectedResult')} description={t('plans.item.expectedResultHint')} value={d.expectedResult} onChange={(e) => set({ expectedResult: e.currentTarget.value })} maxLength={1000} error={err('expectedResult')} />
      <OrgPicker label={t('plans.item.ownerOrg')} description={t('plans.item.ownerOrgHint')} value={d.ownerOrgId} selected={owner.data ?? null} onChange={(ownerOrgId) => set({ ownerOrgId })} error={err('ownerOrgId')} />
      <PersonPicker label={t('plans.item.ownerPerson')} description={t('plans.item.ownerPersonHint')} value={d.ownerPerson?.id ?? null} selected={d.ownerPerson} onChange={(_, person) => set({ ownerPerson: person })} error={err('ownerPersonId')} />
      <TextInput type="date" label={t('plans.item.dueOn')} value={d.dueOn} onChange={(e) => set({ dueOn: e.currentTarget.value })} maw="16rem" error={err('dueOn')} errorProps={errorProps} />
      <Stack gap="xs">
        <NumberInput label={t('plans.item.weight')} description={t('plans.item.weightHint')} min={0} max={PLAN_MAX_WEIGHT} allowDecimal={false} allowNegative={false} clampBehavior="strict" value={d.weight} onChange={(weight) => set({ weight })} maw="14rem" required error={problems.weight ?? err('weight')} errorProps={errorProps} />
        <Switch label={t('plans.item.inRollup')} description={t('plans.item.inRollupHint')} checked={d.inRollup} onChange={(e) => set({ inRollup: e.currentTarget.checked })} />
        <Radio.Group label={t('plans.item.rollupMode')} value={d.rollupMode} onChange={(v) => set({ rollupMode: v as RollupMode })} error={err('rollupMode')}>
          <Stack gap="xs" mt="xs">
            <Radio value="children" label={t('plans.item.modeChildren')} />
            <Radio value="own" label={t('plans.item.modeOwn')} />
          </Stack>
        </Radio.Group>
      </Stack>
    </FormModal>
  )
}

/** A new item of the plan; with `parent`, a sub-item of it (a split). */
export function CreateItemModal({ planId, parent, onClose }: { planId: string; parent?: { id: string; title: string } | null; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useCreateItemMutation(planId)
  return (
    <ItemForm
      title={parent ? t('plans.item.addSubTitle', { title: parent.title }) : t('plans.item.addTitle')}
      initial={EMPTY}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={(d) => mutation.mutate({ ...body(d), parentId: parent?.id ?? null }, notifyAndClose(t('plans.item.added'), onClose))}
    />
  )
}

export function EditItemModal({ item, onClose }: { item: PlanItem; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateItemMutation(item.id)
  return (
    <ItemForm title={t('plans.item.editTitle')} initial={fromItem(item)} pending={mutation.isPending} error={mutation.error} onClose={onClose} onSubmit={(d) => mutation.mutate(body(d), notifyAndClose(t('common.saved'), onClose))} />
  )
}
