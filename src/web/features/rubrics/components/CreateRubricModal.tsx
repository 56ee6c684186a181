// "Tạo phiên bản mới": a draft copying an existing rubric's criteria, with its own code, name, source and dates.
import { Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useCreateRubricMutation, useRubrics, type RubricSummary } from '../api.ts'
import { rubricPath } from '../paths.ts'

const errorProps = { role: 'alert' }
const FIELDS = ['copyFromId', 'code', 'name', 'sourceDocument', 'effectiveFrom', 'effectiveTo']

/** The rubric to start from: the given one, else the newest published, else the first listed. */
function defaultSource(items: readonly RubricSummary[]): string | null {
  return (items.find((r) => r.status === 'published') ?? items[0])?.id ?? null
}

export function CreateRubricModal({ copyFromId, onClose }: { copyFromId?: string; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useCreateRubricMutation()
  const rubrics = useRubrics()
  const items = rubrics.data?.items ?? []
  const [picked, setPicked] = useState<string | null | undefined>(copyFromId)
  const source = picked === undefined ? defaultSource(items) : picked
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [sourceDocument, setSourceDocument] = useState('')
  const [effectiveFrom, setEffectiveFrom] = useState('')
  const [effectiveTo, setEffectiveTo] = useState('')

  function onSubmit() {
    mutation.mutate(
      {
        code: code.trim(),
        name: name.trim(),
        sourceDocument: optionalText(sourceDocument),
        effectiveFrom,
        effectiveTo: effectiveTo || undefined,
        ...(source ? { copyFromId: source } : {}),
      },
      {
        onSuccess: (rubric) => {
          notifySuccess(t('rubrics.created', { name: rubric.name }))
          onClose()
          void navigate(rubricPath(rubric.id))
        },
      },
    )
  }

  return (
    <FormModal
      title={t('rubrics.newVersionTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      submitLabel={t('rubrics.newVersionSubmit')}
      intro={<Text>{t('rubrics.newVersionIntro')}</Text>}
    >
      <Select
        label={t('rubrics.copyFrom')}
        required={items.length > 0}
        data={items.map((r) => ({ value: r.id, label: `${r.name} (${r.code}) — ${t(`rubrics.status.${r.status}`)}` }))}
        value={source}
        onChange={setPicked}
        allowDeselect={false}
        error={fieldError(mutation.error, 'copyFromId') ?? (rubrics.error instanceof Error ? rubrics.error.message : undefined)}
        errorProps={errorProps}
        data-autofocus
      />
      <TextInput
        label={t('rubrics.code')}
        description={t('rubrics.codeHint')}
        required
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={fieldError(mutation.error, 'code')}
        errorProps={errorProps}
      />
      <TextInput label={t('rubrics.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(mutation.error, 'name')} errorProps={errorProps} />
      <TextInput
        label={t('rubrics.sourceDocument')}
        description={t('rubrics.sourceDocumentHint')}
        value={sourceDocument}
        onChange={(e) => setSourceDocument(e.currentTarget.value)}
        error={fieldError(mutation.error, 'sourceDocument')}
        errorProps={errorProps}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('rubrics.effectiveFrom')}
          required
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          error={fieldError(mutation.error, 'effectiveFrom')}
          errorProps={errorProps}
        />
        <TextInput
          type="date"
          label={t('rubrics.effectiveTo')}
          description={t('rubrics.effectiveToHint')}
          value={effectiveTo}
          onChange={(e) => setEffectiveTo(e.currentTarget.value)}
          error={fieldError(mutation.error, 'effectiveTo')}
          errorProps={errorProps}
        />
      </SimpleGrid>
    </FormModal>
  )
}
