// "Tạo phiên bản mới" of versioned rules (the rating rule sets, the nominations' scoring rubrics): a draft copying an
// existing version's content, with its own code, name, source document and effective dates. Each feature sets it up
// with its strings (`ns`: the same field keys in its catalogue), its versions and its create mutation.
import { Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import type { UseMutationResult } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from './FormModal.tsx'
import { fieldError, optionalText } from './forms.ts'

const errorProps = { role: 'alert' }
const FIELDS = ['copyFromId', 'code', 'name', 'sourceDocument', 'effectiveFrom', 'effectiveTo']

export interface VersionSummary {
  id: string
  code: string
  name: string
  status: 'draft' | 'published'
}

export interface NewVersionInput {
  code: string
  name: string
  sourceDocument?: string | null
  effectiveFrom: string
  effectiveTo?: string | null
  copyFromId?: string
}

/** The version to start from: the given one, else the newest published, else the first listed. */
function defaultSource(items: readonly VersionSummary[]): string | null {
  return (items.find((r) => r.status === 'published') ?? items[0])?.id ?? null
}

export function NewVersionModal<T extends { id: string; name: string }>({ ns, versions, versionsError, mutation, statusLabel, title, submitLabel, copyFromId, onCreated, onClose }: {
  /** Where the form's field labels are: `<ns>.code`, `.codeHint`, `.name`, `.sourceDocument(Hint)`, `.effectiveFrom`, `.effectiveTo(Hint)`, `.copyFrom`, `.newVersionIntro`. */
  ns: 'rules' | 'rubrics'
  versions: readonly VersionSummary[]
  versionsError: unknown
  mutation: UseMutationResult<T, Error, NewVersionInput>
  statusLabel: (status: VersionSummary['status']) => string
  title: string
  submitLabel: string
  copyFromId?: string
  onCreated: (created: T) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [picked, setPicked] = useState<string | null | undefined>(copyFromId)
  const source = picked === undefined ? defaultSource(versions) : picked
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
        onSuccess: (created) => {
          onClose()
          onCreated(created)
        },
      },
    )
  }

  return (
    <FormModal
      title={title}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      submitLabel={submitLabel}
      intro={<Text>{t(`${ns}.newVersionIntro`)}</Text>}
    >
      <Select
        label={t(`${ns}.copyFrom`)}
        required={versions.length > 0}
        data={versions.map((r) => ({ value: r.id, label: `${r.name} (${r.code}) — ${statusLabel(r.status)}` }))}
        value={source}
        onChange={setPicked}
        allowDeselect={false}
        error={fieldError(mutation.error, 'copyFromId') ?? (versionsError instanceof Error ? versionsError.message : undefined)}
        errorProps={errorProps}
        data-autofocus
      />
      <TextInput
        label={t(`${ns}.code`)}
        description={t(`${ns}.codeHint`)}
        required
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={fieldError(mutation.error, 'code')}
        errorProps={errorProps}
      />
      <TextInput label={t(`${ns}.name`)} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(mutation.error, 'name')} errorProps={errorProps} />
      <TextInput
        label={t(`${ns}.sourceDocument`)}
        description={t(`${ns}.sourceDocumentHint`)}
        value={sourceDocument}
        onChange={(e) => setSourceDocument(e.currentTarget.value)}
        error={fieldError(mutation.error, 'sourceDocument')}
        errorProps={errorProps}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t(`${ns}.effectiveFrom`)}
          required
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          error={fieldError(mutation.error, 'effectiveFrom')}
          errorProps={errorProps}
        />
        <TextInput
          type="date"
          label={t(`${ns}.effectiveTo`)}
          description={t(`${ns}.effectiveToHint`)}
          value={effectiveTo}
          onChange={(e) => setEffectiveTo(e.currentTarget.value)}
          error={fieldError(mutation.error, 'effectiveTo')}
          errorProps={errorProps}
        />
      </SimpleGrid>
    </FormModal>
  )
}
