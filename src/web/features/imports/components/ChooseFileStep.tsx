// Step 1 "Chọn tệp": what the file holds (people or organizations), the default unit, the file itself; "Kiểm tra tệp"
// sends it and the server answers with a preview (nothing is written yet).
import { Button, FileInput, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { IMPORT_KINDS, type ImportKind } from '../../../../common/contracts/imports.ts'
import { useMe } from '../../../api/session.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { canImportKind } from '../access.ts'
import { type ImportSession, useUploadImport } from '../api.ts'
import { fileProblem, IMPORT_ACCEPT, MAX_IMPORT_MB } from '../fields.ts'
import { ImportHelp } from './ImportHelp.tsx'
import { StepHeading } from './StepHeading.tsx'

export function ChooseFileStep({ kind, onKindChange, orgId, onOrgChange, onUploaded }: {
  kind: ImportKind
  onKindChange: (kind: ImportKind) => void
  orgId: string | null
  onOrgChange: (id: string | null) => void
  onUploaded: (session: ImportSession) => void
}) {
  const { t } = useTranslation()
  const me = useMe()
  // The unit's name when the page opens with ?org= (a link from the unit's page).
  const chosen = useOrganization(orgId ?? '', { enabled: Boolean(orgId) })
  const [file, setFile] = useState<File | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const upload = useUploadImport()

  function onFile(next: File | null) {
    setFile(next)
    setProblem(null)
    upload.reset()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!file) return setProblem(t('imports.choose.noFile'))
    const refused = fileProblem(file)
    if (refused) return setProblem(t(`imports.choose.${refused}`, { max: MAX_IMPORT_MB }))
    upload.mutate({ file, kind, org: orgId }, { onSuccess: onUploaded })
  }

  const organizationsDenied = !canImportKind(me, 'organizations')
  return (
    <Stack gap="lg" component="section" aria-labelledby="import-step-heading">
      <StepHeading n={1} title={t('imports.choose.title')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Text component="span" id="import-kind-label" fw={500}>
              {t('imports.choose.kind')}
            </Text>
            <SegmentedControl<ImportKind>
              aria-labelledby="import-kind-label"
              data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kind.${k}`), disabled: !canImportKind(me, k) }))}
              value={kind}
              onChange={onKindChange}
              style={{ alignSelf: 'flex-start' }}
            />
            {organizationsDenied && (
              <Text size="sm" c="dimmed">
                {t('imports.choose.kindOrganizationsDenied')}
              </Text>
            )}
          </Stack>
          <OrgPicker
            label={t('imports.choose.unit')}
            placeholder={t('imports.choose.unitPlaceholder')}
            description={kind === 'people' ? t('imports.choose.unitHintPeople') : t('imports.choose.unitHintOrganizations')}
            value={orgId}
            selected={chosen.data ?? null}
            onChange={(id) => onOrgChange(id)}
          />
          <FileInput
            label={t('imports.choose.file')}
            description={t('imports.choose.fileHint', { max: MAX_IMPORT_MB })}
            placeholder={t('imports.choose.filePlaceholder')}
            accept={IMPORT_ACCEPT}
            name="file"
            withAsterisk
            clearable
            clearButtonProps={{ 'aria-label': t('imports.choose.clearFile') }}
            leftSection={<IconFileSpreadsheet size={20} aria-hidden />}
            value={file}
            onChange={onFile}
            error={problem}
            errorProps={{ role: 'alert' }}
          />
          <FormError error={upload.error} />
          <Button type="submit" loading={upload.isPending} leftSection={<IconUpload size={20} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
            {t('imports.choose.submit')}
          </Button>
        </Stack>
      </form>
      <ImportHelp kind={kind} />
    </Stack>
  )
}
