// The dashboard's "Văn bản": the rating report and the list of members rated, for the unit and year shown, in the
// Party or the State layout, with the document number once registered (else left for the clerk to write in).
import { Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentLayout } from '../api.ts'
import { DownloadButtons } from './DownloadButtons.tsx'

const NUMBER = /^\d{1,6}$/

export function RatingDocuments({ orgId, cycleId, year }: { orgId: string; cycleId: string; year: number }) {
  const { t } = useTranslation()
  const [layout, setLayout] = useState<DocumentLayout>('party')
  const [number, setNumber] = useState('')
  const trimmed = number.trim()
  const invalid = trimmed !== '' && !NUMBER.test(trimmed)
  const params = { org: orgId, cycle: cycleId, layout, number: invalid ? undefined : trimmed }
  const documents = [
    { kind: 'rating-summary' as const, name: t('reports.summary', { year }) },
    { kind: 'rating-decisions' as const, name: t('reports.decisions', { year }) },
  ]
  return (
    <Stack gap="md" component="section" aria-labelledby="dashboard-documents">
      <Title order={2} id="dashboard-documents">
        {t('reports.title')}
      </Title>
      <Text>{t('reports.hint')}</Text>
      <Radio.Group label={t('reports.layout')} value={layout} onChange={(v) => setLayout(v as DocumentLayout)}>
        <Group gap="lg" mt="xs">
          <Radio value="party" label={t('reports.layoutParty')} />
          <Radio value="state" label={t('reports.layoutState')} />
        </Group>
      </Radio.Group>
      <TextInput
        label={t('reports.number')}
        description={t('reports.numberHint')}
        value={number}
        onChange={(e) => setNumber(e.currentTarget.value)}
        error={invalid ? t('reports.numberInvalid') : undefined}
        inputMode="numeric"
        maxLength={6}
        w={{ base: '100%', xs: 360 }}
      />
      {documents.map((d) => (
        <Stack key={d.kind} gap="xs">
          <Text fw={600}>{d.name}</Text>
          <DownloadButtons kind={d.kind} params={params} name={d.name} disabled={invalid} />
        </Stack>
      ))}
    </Stack>
  )
}
