// "Thêm phân công": a commune, a topic (or any topic) and the unit that handles that commune's feedback on it. Saving
// a rule for a commune and topic that already have one replaces the handling unit (the server upserts).
import { Button, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { ANY_CATEGORY, usePutRouteMutation } from '../api.ts'

interface Draft {
  communeId: string | null
  categoryId: string | null
  handlerId: string | null
}

const EMPTY: Draft = { communeId: null, categoryId: ANY_CATEGORY, handlerId: null }

export function RouteRuleForm({ categories }: { categories: readonly { value: string; label: string }[] }) {
  const { t } = useTranslation()
  const save = usePutRouteMutation()
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [names, setNames] = useState({ commune: '', handler: '' })
  // Bumped after a save: the pickers start afresh (they keep their own search text).
  const [round, setRound] = useState(0)
  const [problems, setProblems] = useState<Partial<Record<keyof Draft, string>>>({})
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const required = t('feedback.rules.required')
    const next = {
      communeId: draft.communeId ? undefined : required,
      categoryId: draft.categoryId ? undefined : required,
      handlerId: draft.handlerId ? undefined : required,
    }
    setProblems(next)
    const { communeId, categoryId, handlerId } = draft
    if (!communeId || !categoryId || !handlerId) return
    save.mutate(
      { communeId, categoryId, handlerId },
      {
        onSuccess: () => {
          notifySuccess(t('feedback.rules.saved', { commune: names.commune, unit: names.handler }))
          setDraft(EMPTY)
          setRound((r) => r + 1)
        },
      },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text>{t('feedback.rules.addIntro')}</Text>
        <FormError error={save.error} fields={['communeId', 'categoryId', 'handlerId']} />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <OrgPicker
            key={`commune-${round}`}
            label={t('feedback.rules.commune')}
            placeholder={t('feedback.fields.communePlaceholder')}
            value={draft.communeId}
            required
            onChange={(communeId, org) => {
              set({ communeId })
              setNames((n) => ({ ...n, commune: org?.name ?? '' }))
            }}
            error={problems.communeId ?? fieldError(save.error, 'communeId')}
          />
          <Select
            label={t('feedback.rules.category')}
            data={categories}
            value={draft.categoryId}
            onChange={(categoryId) => set({ categoryId })}
            allowDeselect={false}
            required
            error={problems.categoryId ?? fieldError(save.error, 'categoryId')}
            errorProps={{ role: 'alert' }}
          />
          <OrgPicker
            key={`handler-${round}`}
            label={t('feedback.rules.handler')}
            placeholder={t('feedback.inbox.unitPlaceholder')}
            value={draft.handlerId}
            required
            onChange={(handlerId, org) => {
              set({ handlerId })
              setNames((n) => ({ ...n, handler: org?.name ?? '' }))
            }}
            error={problems.handlerId ?? fieldError(save.error, 'handlerId')}
          />
        </SimpleGrid>
        <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={20} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
          {t('feedback.rules.save')}
        </Button>
      </Stack>
    </form>
  )
}
