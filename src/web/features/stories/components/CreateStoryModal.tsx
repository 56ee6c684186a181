// "Viết bài mới": the unit the story is published by (my highest unit I write for, first), the title and the lead; the
// story starts as a draft and opens in the editor. From a model's page the model is linked already.
import { Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STORY_LIMITS } from '../../../../common/contracts/stories.ts'
import { useMe } from '../../../api/session.tsx'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { useCreateStoryMutation, type StoryDetail } from '../api.ts'
import { defaultStoryUnit } from '../paths.ts'

const FIELDS = ['organizationId', 'title', 'lead', 'modelId'] as const

export function CreateStoryModal({ defaultOrg, model, onClose, onCreated }: {
  /** The unit offered first (the list's unit); else my highest unit I write for. */
  defaultOrg?: string | null
  /** The model the story is about (from the model's page). */
  model?: { id: string; title: string }
  onClose: () => void
  onCreated: (detail: StoryDetail) => void
}) {
  const { t } = useTranslation()
  const me = useMe()
  const mutation = useCreateStoryMutation()
  const [org, setOrg] = useState<string | null>(defaultOrg ?? defaultStoryUnit(me.grants, true)?.id ?? null)
  const unit = useOrganization(org ?? '')
  const [title, setTitle] = useState('')
  const [lead, setLead] = useState('')
  const [missing, setMissing] = useState(false)

  function onSubmit() {
    setMissing(!org)
    if (!org) return
    mutation.mutate({ organizationId: org, title: title.trim(), lead: lead.trim(), ...(model ? { modelId: model.id } : {}) }, {
      onSuccess: (detail) => {
        notifySuccess(t('stories.create.created'))
        onClose()
        onCreated(detail)
      },
    })
  }

  return (
    <FormModal
      title={t('stories.create.title')}
      intro={<Text>{t('stories.create.intro')}</Text>}
      size="lg"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      submitLabel={t('stories.create.submit')}
    >
      <Stack gap="md">
        {model?.title && <Text fw={500}>{t('stories.create.model', { title: model.title })}</Text>}
        {fieldError(mutation.error, 'modelId') && <Text c="red.9" role="alert">{fieldError(mutation.error, 'modelId')}</Text>}
        <OrgPicker
          label={t('stories.create.unit')}
          description={t('stories.create.unitHint')}
          value={org}
          selected={unit.data ?? null}
          onChange={(id) => setOrg(id)}
          required
          error={missing ? t('common.required') : fieldError(mutation.error, 'organizationId')}
        />
        <TextInput
          label={t('stories.create.heading')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          minLength={STORY_LIMITS.titleMin}
          maxLength={STORY_LIMITS.titleMax}
          error={fieldError(mutation.error, 'title')}
          data-autofocus
        />
        <Textarea
          label={t('stories.create.lead')}
          description={t('stories.create.leadHint')}
          value={lead}
          onChange={(e) => setLead(e.currentTarget.value)}
          required
          minLength={STORY_LIMITS.leadMin}
          maxLength={STORY_LIMITS.leadMax}
          autosize
          minRows={3}
          error={fieldError(mutation.error, 'lead')}
        />
      </Stack>
    </FormModal>
  )
}
