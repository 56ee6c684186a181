// "Giao cho đơn vị cấp dưới": the direct sub-units as checkboxes, deeper units added by name, and a note; units that
// have the item already (waiting or accepted) are shown but not offered again. Each unit accepts or declines it.
import { Box, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { Loading } from '../../../components/Loading.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useOrganizationChildren } from '../../organizations/api.ts'
import { useHandDownMutation, type PlanItemDetail } from '../api.ts'

export function HandDownModal({ item, onClose }: { item: PlanItemDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useHandDownMutation(item.id)
  const children = useOrganizationChildren(item.plan.organization.id)
  const [chosen, setChosen] = useState<Map<string, string>>(new Map())
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  const taken = new Map(item.handDownList.filter((h) => h.status !== 'declined').map((h) => [h.to.id, h.status]))
  const toggle = (id: string, name: string, on: boolean) => {
    const next = new Map(chosen)
    if (on) next.set(id, name)
    else next.delete(id)
    setChosen(next)
  }
  const direct = children.data?.items ?? []
  const deeper = [...chosen].filter(([id]) => !direct.some((c) => c.id === id))
  /** The direct sub-units ticked now, with the deeper units chosen by name kept. */
  const pickDirect = (ids: string[]) => setChosen(new Map([...deeper, ...direct.filter((c) => ids.includes(c.id)).map((c) => [c.id, c.name] as [string, string])]))

  function submit() {
    if (chosen.size === 0) return setProblem(t('plans.handDown.chooseOne'))
    setProblem(undefined)
    mutation.mutate({ orgIds: [...chosen.keys()], ...(note.trim() ? { note: note.trim() } : {}) }, notifyAndClose(t('plans.handDown.done', { n: chosen.size }), onClose))
  }

  return (
    <FormModal
      title={t('plans.handDown.title')}
      intro={<Text fw={500} style={{ overflowWrap: 'anywhere' }}>{item.title}</Text>}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['orgIds', 'note']}
      submitLabel={t('plans.handDown.submit')}
    >
      <Text size="sm">{t('plans.handDown.intro')}</Text>
      {children.isPending ? (
        <Loading />
      ) : (
        <Checkbox.Group label={t('plans.handDown.direct')} value={[...chosen.keys()]} onChange={pickDirect} error={problem ?? fieldError(mutation.error, 'orgIds')}>
          <Stack gap="xs" mt="xs">
            {(children.data?.items ?? []).length === 0 && <Text size="sm">{t('plans.handDown.noChildren')}</Text>}
            {(children.data?.items ?? []).map((c) => (
              <Checkbox
                key={c.id}
                value={c.id}
                label={taken.has(c.id) ? `${c.name} — ${t(`plans.handDownStatus.${taken.get(c.id)!}`)}` : c.name}
                disabled={taken.has(c.id)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Box>
        <OrgPicker label={t('plans.handDown.deeper')} description={t('plans.handDown.deeperHint')} value={null} excludeIds={[item.plan.organization.id, ...taken.keys()]} onChange={(id, org) => id && org && toggle(id, org.name, true)} />
        {deeper.length > 0 && (
          <Group gap="xs" mt="xs">
            {deeper.map(([id, name]) => (
              <Checkbox key={id} label={name} checked onChange={() => toggle(id, name, false)} />
            ))}
          </Group>
        )}
      </Box>
      <Textarea label={t('plans.handDown.note')} description={t('plans.handDown.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxRows={6} maxLength={1000} error={fieldError(mutation.error, 'note')} />
    </FormModal>
  )
}
