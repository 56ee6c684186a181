// Step 2 "Xem trước": the file checked but nothing written. Its refusal, the totals and the confirmation, the legacy
// encodings converted, the column mapping (changing it checks again), and the row-by-row report.
import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconDatabaseImport, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { formatNumber } from '../../../components/format.ts'
import { type ImportSession, useCommitImport, useDiscardImport, useMappingPending } from '../api.ts'
import { importableRows } from '../fields.ts'
import { ConversionsSection } from './ConversionsSection.tsx'
import { MappingSection } from './MappingSection.tsx'
import { ACTION_COLORS, RowsSection } from './RowsSection.tsx'
import { StepHeading } from './StepHeading.tsx'

function Totals({ totals }: { totals: ImportSession['totals'] }) {
  const { t } = useTranslation()
  const badges = [
    { key: 'created', n: totals.created, color: ACTION_COLORS.create },
    { key: 'updated', n: totals.updated, color: ACTION_COLORS.update },
    { key: 'unchanged', n: totals.unchanged, color: ACTION_COLORS.unchanged },
    { key: 'errors', n: totals.errors, color: ACTION_COLORS.skip },
  ] as const
  return (
    <>
      <Text>{t('imports.preview.totals.rows', { n: formatNumber(totals.rows) })}</Text>
      <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {badges.map((b) => (
          <li key={b.key}>
            <Badge size="xl" tt="none" color={b.color} variant={b.key === 'errors' && b.n > 0 ? 'filled' : 'outline'}>
              {t(`imports.preview.totals.${b.key}`, { n: formatNumber(b.n) })}
            </Badge>
          </li>
        ))}
      </Group>
    </>
  )
}

export function PreviewStep({ session, onDiscarded }: { session: ImportSession; onDiscarded: () => void }) {
  const { t } = useTranslation()
  const commit = useCommitImport(session.id)
  const discard = useDiscardImport(session.id)
  const remapping = useMappingPending(session.id)
  const [confirming, setConfirming] = useState(false)
  const { totals } = session
  const n = importableRows(totals)
  const count = formatNumber(n)

  return (
    <Stack gap="lg" component="section" aria-labelledby="import-step-heading">
      <StepHeading n={2} title={t('imports.preview.title')} />
      <DefinitionList
        items={[
          [t('imports.preview.file'), session.fileName],
          [t('imports.preview.unit'), session.org ? `${session.org.code} — ${session.org.name}` : t('imports.preview.noUnit')],
        ]}
      />
      {session.refusal && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('imports.preview.refusalTitle')}>
          {session.refusal}
        </Alert>
      )}

      <Stack gap="sm" component="section" aria-labelledby="import-totals">
        <Title order={3} id="import-totals">
          {t('imports.preview.totals.title')}
        </Title>
        <Totals totals={totals} />
        {!session.refusal && n === 0 && <Text fw={500}>{t('imports.preview.nothingToImport')}</Text>}
        <FormError error={discard.error} />
        <Group gap="sm">
          <Button
            leftSection={<IconDatabaseImport size={20} aria-hidden />}
            disabled={Boolean(session.refusal) || n === 0 || remapping}
            onClick={() => {
              commit.reset()
              setConfirming(true)
            }}
          >
            {t('imports.preview.commit', { n: count })}
          </Button>
          <Button variant="default" leftSection={<IconX size={20} aria-hidden />} loading={discard.isPending} onClick={() => discard.mutate(undefined, { onSuccess: onDiscarded })}>
            {t('imports.preview.cancel')}
          </Button>
        </Group>
      </Stack>

      <ConversionsSection session={session} />
      <MappingSection session={session} />
      <RowsSection session={session} />

      {confirming && (
        <ConfirmModal
          title={t('imports.preview.confirmTitle')}
          message={t('imports.preview.confirmMessage', {
            created: formatNumber(totals.created),
            updated: formatNumber(totals.updated),
            skipped: formatNumber(totals.skipped),
          })}
          confirmLabel={t('imports.preview.confirm')}
          onConfirm={() => commit.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          onClose={() => setConfirming(false)}
          loading={commit.isPending}
          error={commit.error}
          danger={false}
        />
      )}
    </Stack>
  )
}
