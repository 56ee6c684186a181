// "Tải về": the plan as an Excel file and as a Word document (Party format), and the review of a reporting period
// (sơ kết 6 tháng, tổng kết năm, kết quả quý) with its own number. Plain links the browser downloads.
import { Group, Select, Stack, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportButton } from '../../exports/components/ExportButton.tsx'
import { DownloadButtons } from '../../reports/components/DownloadButtons.tsx'
import { usePeriods } from '../api.ts'

const NUMBER = /^\d{1,6}$/

export function PlanDocuments({ planId, cycleId, year }: { planId: string; cycleId: string; year: number }) {
  const { t } = useTranslation()
  const periods = usePeriods(cycleId)
  const [period, setPeriod] = useState<string | null>(null)
  const [number, setNumber] = useState('')
  const items = periods.data?.items ?? []
  const chosen = period ?? items.find((p) => p.kind !== 'quarter' && p.id === periods.data?.currentId)?.id ?? items.find((p) => p.kind === 'half')?.id ?? items[0]?.id ?? null
  const label = items.find((p) => p.id === chosen)?.label ?? ''
  const invalid = number.trim() !== '' && !NUMBER.test(number.trim())
  return (
    <Stack gap="sm" component="section" aria-labelledby="plan-documents">
      <Title order={2} id="plan-documents">{t('plans.documents.title')}</Title>
      <Group gap="sm">
        <ExportButton list="plan" params={{ plan: planId }} />
        <DownloadButtons kind="plan" params={{ plan: planId }} name={t('plans.documents.plan', { year })} />
      </Group>
      {items.length > 0 && (
        <Stack gap="xs">
          <Group gap="md" align="flex-end" wrap="wrap">
            <Select label={t('plans.documents.period')} data={items.map((p) => ({ value: p.id, label: p.label }))} value={chosen} onChange={setPeriod} allowDeselect={false} w={{ base: '100%', xs: 280 }} />
            <TextInput label={t('plans.documents.number')} description={t('plans.documents.numberHint')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={invalid ? t('reports.numberInvalid') : undefined} inputMode="numeric" maw="12rem" />
          </Group>
          <DownloadButtons kind="plan-review" params={{ plan: planId, period: chosen, number: invalid ? undefined : number.trim() }} name={t('plans.documents.review', { label })} disabled={!chosen} />
        </Stack>
      )}
    </Stack>
  )
}
