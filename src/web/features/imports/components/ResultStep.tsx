// Step 4: the import's outcome. Done: what was created, updated and skipped, the rows skipped and why, where to see
// the data. Failed: the server's reason — and that nothing was written (one transaction).
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconFileImport, IconListDetails } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatNumber } from '../../../components/format.ts'
import type { ImportSession } from '../api.ts'
import { useConversionSummary } from './ConversionsSection.tsx'
import { ImportTable } from './ImportTable.tsx'
import { ACTION_COLORS } from './RowsSection.tsx'
import { StepHeading } from './StepHeading.tsx'

/** Where the imported data is seen: the unit's people (or the whole search), the unit's sub-units (or the tree). */
function listPath(session: ImportSession): string {
  const org = session.org?.id
  if (session.kind === 'people') return org ? `/nguoi?${new URLSearchParams({ org })}` : '/nguoi'
  return org ? `/to-chuc/${org}` : '/to-chuc'
}

function Failed({ session, onAgain }: { session: ImportSession; onAgain: () => void }) {
  const { t } = useTranslation()
  return (
    <Stack gap="md" component="section" aria-labelledby="import-step-heading">
      <StepHeading n={4} title={t('imports.result.failedTitle')} />
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        <Stack gap="xs">
          {session.refusal && <Text>{session.refusal}</Text>}
          <Text>{t('imports.result.failedBody')}</Text>
        </Stack>
      </Alert>
      <Button leftSection={<IconFileImport size={20} aria-hidden />} onClick={onAgain} style={{ alignSelf: 'flex-start' }}>
        {t('imports.result.again')}
      </Button>
    </Stack>
  )
}

export function ResultStep({ session, onAgain }: { session: ImportSession; onAgain: () => void }) {
  const { t } = useTranslation()
  const conversions = useConversionSummary(session.conversionCounts)
  const result = session.result
  if (session.status === 'failed' || !result) return <Failed session={session} onAgain={onAgain} />
  const badges = [
    { key: 'created', n: result.created, color: ACTION_COLORS.create },
    { key: 'updated', n: result.updated, color: ACTION_COLORS.update },
    { key: 'skipped', n: result.skipped, color: ACTION_COLORS.unchanged },
  ] as const
  return (
    <Stack gap="lg" component="section" aria-labelledby="import-step-heading">
      <StepHeading n={4} title={t('imports.result.doneTitle')} />
      <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {badges.map((b) => (
          <li key={b.key}>
            <Badge size="xl" tt="none" color={b.color} variant="outline">
              {t(`imports.result.${b.key}`, { n: formatNumber(b.n) })}
            </Badge>
          </li>
        ))}
      </Group>
      {conversions && <Text>{conversions}</Text>}
      {result.errors.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="import-errors">
          <Title order={3} id="import-errors">
            {t('imports.result.errorsTitle')}
          </Title>
          <ImportTable minWidth={480} label={t('imports.result.errorsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={72}>
                  {t('imports.result.row')}
                </Table.Th>
                <Table.Th scope="col">{t('imports.result.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.map((e, i) => (
                <Table.Tr key={`${e.row}:${i}`}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ImportTable>
        </Stack>
      )}
      <Group gap="sm">
        <Button component={Link} to={listPath(session)} leftSection={<IconListDetails size={20} aria-hidden />}>
          {session.kind === 'people' ? t('imports.result.viewPeople') : t('imports.result.viewOrganizations')}
        </Button>
        <Button variant="default" leftSection={<IconFileImport size={20} aria-hidden />} onClick={onAgain}>
          {t('imports.result.again')}
        </Button>
      </Group>
    </Stack>
  )
}
