// "Từng dòng": what would happen to each row, in the server's order (errors and warnings first), with a note when the
// report is capped.
import { Badge, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { IMPORT_ACTIONS } from '../../../../common/contracts/imports.ts'
import { formatNumber } from '../../../components/format.ts'
import type { ImportSession } from '../api.ts'
import { ImportTable } from './ImportTable.tsx'

type Action = (typeof IMPORT_ACTIONS)[number]

export const ACTION_COLORS: Record<Action, string> = { create: 'teal.9', update: 'blue.8', unchanged: 'gray.7', skip: 'red.8' }

export function RowsSection({ session }: { session: ImportSession }) {
  const { t } = useTranslation()
  const people = session.kind === 'people'
  const { rows, totals } = session
  return (
    <Stack gap="xs" component="section" aria-labelledby="import-rows">
      <Title order={3} id="import-rows">
        {t('imports.preview.rows.title')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('imports.preview.rows.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('imports.preview.rows.hint')}
          </Text>
          {rows.length < totals.rows && (
            <Text size="sm" fw={500}>
              {t('imports.preview.rows.capped', { shown: formatNumber(rows.length), total: formatNumber(totals.rows) })}
            </Text>
          )}
          <ImportTable minWidth={760} label={t('imports.preview.rows.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={72}>
                  {t('imports.preview.rows.row')}
                </Table.Th>
                <Table.Th scope="col" w={140}>
                  {t('imports.preview.rows.action')}
                </Table.Th>
                <Table.Th scope="col">{people ? t('imports.preview.rows.labelPeople') : t('imports.preview.rows.labelOrganizations')}</Table.Th>
                <Table.Th scope="col">{people ? t('imports.preview.rows.unitPeople') : t('imports.preview.rows.unitOrganizations')}</Table.Th>
                <Table.Th scope="col" miw={220}>
                  {t('imports.preview.rows.notes')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>
                    <Badge color={ACTION_COLORS[r.action]} variant={r.action === 'skip' ? 'filled' : 'outline'} tt="none" size="lg">
                      {t(`imports.action.${r.action}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {r.label || t('common.none')}
                  </Table.Th>
                  <Table.Td>{r.unit ?? t('common.none')}</Table.Td>
                  <Table.Td c={r.action === 'skip' ? 'red.9' : undefined}>{r.messages.join('; ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ImportTable>
        </>
      )}
    </Stack>
  )
}
