// "Tạo phiên bản mới": a draft copying an existing rule set's content, with its own code, name, source and dates.
import { Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useCreateRuleSetMutation, useRuleSets, type RuleSetSummary } from '../api.ts'

const FIELDS = ['copyFromId', 'code', 'name', 'sourceDocument', 'effectiveFrom', 'effectiveTo']

/** The rule set to start from: the given one, else the newest published, else the first listed. */
function defaultSource(items: readonly RuleSetSummary[]): string | null {
  return (items.find((r) => r.status === 'published') ?? items[0])?.id ?? null
}

export function CreateRuleSetModal({ copyFromId, onClose }: { copyFromId?: string; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useCreateRuleSetMutation()
  const ruleSets = useRuleSets()
  const items = ruleSets.data?.items ?? []
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
        onSuccess: (ruleSet) => {
          notifySuccess(t('rules.created', { name: ruleSet.name }))
          onClose()
          void navigate(`/bo-quy-tac/${ruleSet.id}`)
        },
      },
    )
  }

  return (
    <FormModal
      title={t('rules.newVersionTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      submitLabel={t('rules.newVersion')}
      intro={<Text>{t('rules.newVersionIntro')}</Text>}
    >
      <Select
        label={t('rules.copyFrom')}
        required={items.length > 0}
        data={items.map((r) => ({ value: r.id, label: `${r.name} (${r.code}) — ${t(`ruleSetStatus.${r.status}`)}` }))}
        value={source}
        onChange={setPicked}
        allowDeselect={false}
        error={fieldError(mutation.error, 'copyFromId') ?? (ruleSets.error instanceof Error ? ruleSets.error.message : undefined)}
        data-autofocus
      />
      <TextInput
        label={t('rules.code')}
        description={t('rules.codeHint')}
        required
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={fieldError(mutation.error, 'code')}
      />
      <TextInput label={t('rules.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(mutation.error, 'name')} />
      <TextInput
        label={t('rules.sourceDocument')}
        description={t('rules.sourceDocumentHint')}
        value={sourceDocument}
        onChange={(e) => setSourceDocument(e.currentTarget.value)}
        error={fieldError(mutation.error, 'sourceDocument')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('rules.effectiveFrom')}
          required
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          error={fieldError(mutation.error, 'effectiveFrom')}
        />
        <TextInput
          type="date"
          label={t('rules.effectiveTo')}
          description={t('rules.effectiveToHint')}
          value={effectiveTo}
          onChange={(e) => setEffectiveTo(e.currentTarget.value)}
          error={fieldError(mutation.error, 'effectiveTo')}
        />
      </SimpleGrid>
    </FormModal>
  )
}
