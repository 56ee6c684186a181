// "Chuyển mã": how many cells were converted from each legacy encoding to Unicode over the whole file, and (on
// request) which ones — row, column and encoding, capped as the server sends them.
import { Button, Collapse, Stack, Table, Text, Title } from '@mantine/core'
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../components/format.ts'
import type { ImportSession } from '../api.ts'
import { conversionParts } from '../fields.ts'
import { ImportTable } from './ImportTable.tsx'

/** "12 ô TCVN3 (ABC), 3 ô VNI" — null when nothing was converted. */
export function useConversionSummary(counts: ImportSession['conversionCounts']): string | null {
  const { t } = useTranslation()
  const parts = conversionParts(counts)
  if (parts.length === 0) return null
  const text = parts.map(({ encoding, n }) => t('imports.preview.conversions.part', { n: formatNumber(n), encoding: t(`imports.encoding.${encoding}`) }))
  return t('imports.preview.conversions.summary', { parts: text.join(', ') })
}

export function ConversionsSection({ session }: { session: ImportSession }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const summary = useConversionSummary(session.conversionCounts)
  const total = conversionParts(session.conversionCounts).reduce((sum, p) => sum + p.n, 0)
  const list = session.conversions
  return (
    <Stack gap="xs" component="section" aria-labelledby="import-conversions">
      <Title order={3} id="import-conversions">
        {t('imports.preview.conversions.title')}
      </Title>
      <Text>{summary ?? t('imports.preview.conversions.none')}</Text>
      {list.length > 0 && (
        <>
          <Button
            variant="subtle"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls="import-conversions-list"
            rightSection={open ? <IconChevronUp size={18} aria-hidden /> : <IconChevronDown size={18} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
          >
            {open ? t('imports.preview.conversions.hide') : t('imports.preview.conversions.show')}
          </Button>
          <Collapse expanded={open} id="import-conversions-list">
            <Stack gap="xs">
              {list.length < total && (
                <Text size="sm" c="dimmed">
                  {t('imports.preview.conversions.capped', { shown: formatNumber(list.length), total: formatNumber(total) })}
                </Text>
              )}
              <ImportTable minWidth={420} label={t('imports.preview.conversions.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('imports.preview.conversions.row')}</Table.Th>
                    <Table.Th scope="col">{t('imports.preview.conversions.column')}</Table.Th>
                    <Table.Th scope="col">{t('imports.preview.conversions.encoding')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((c) => (
                    <Table.Tr key={`${c.row}:${c.column}`}>
                      <Table.Td>{c.row}</Table.Td>
                      <Table.Td>{c.column}</Table.Td>
                      <Table.Td>{t(`imports.encoding.${c.from}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ImportTable>
            </Stack>
          </Collapse>
        </>
      )}
    </Stack>
  )
}
