// The record of an item: every progress update, newest first, with its date, who reported, the period, the status
// and percentage, the note and the evidence (photos as thumbnails that open full size, PDFs that download).
import { Anchor, Group, Image, Paper, Stack, Text } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDateTime, formatNumber } from '../../../components/format.ts'
import { formatFileSize } from '../../feedback/attachments.ts'
import { evidenceUrl, type PlanUpdate } from '../api.ts'
import { PlanStatusBadge } from './PlanBadges.tsx'

const THUMB = 120

function Evidence({ files }: { files: PlanUpdate['evidence'] }) {
  const { t } = useTranslation()
  if (files.length === 0) return null
  return (
    <Group component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('plans.timeline.evidence')}>
      {files.map((f) =>
        f.mediaType.startsWith('image/') ? (
          <li key={f.id}>
            <Anchor href={evidenceUrl(f.id)} target="_blank" rel="noopener" display="block" aria-label={t('plans.timeline.openPhoto', { name: f.fileName, size: formatFileSize(f.size) })}>
              <Image src={evidenceUrl(f.id)} alt="" loading="lazy" w={THUMB} h={THUMB} fit="cover" radius="sm" style={{ border: '1px solid var(--mantine-color-gray-4)' }} />
            </Anchor>
          </li>
        ) : (
          <Group component="li" key={f.id} gap={6} wrap="nowrap">
            <IconFileTypePdf size={22} aria-hidden />
            <Anchor href={evidenceUrl(f.id)} download={f.fileName} style={{ overflowWrap: 'anywhere' }} aria-label={t('plans.timeline.download', { name: f.fileName, size: formatFileSize(f.size) })}>
              {f.fileName}
            </Anchor>
          </Group>
        ),
      )}
    </Group>
  )
}

export function UpdateTimeline({ updates }: { updates: PlanUpdate[] }) {
  const { t } = useTranslation()
  if (updates.length === 0) return <Text>{t('plans.timeline.empty')}</Text>
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('plans.timeline.label')}>
      {updates.map((u) => (
        <Paper component="li" key={u.id} withBorder p="sm" radius="md">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs">
              <Text fw={700}>{formatDateTime(u.at)}</Text>
              <Group gap="xs">
                <PlanStatusBadge status={u.status} />
                <Text fw={700}>{formatNumber(u.progress)}%</Text>
              </Group>
            </Group>
            <Text size="sm">{[u.by ? t('plans.timeline.by', { name: u.by }) : null, u.period ? t('plans.timeline.period', { label: u.period.label }) : null].filter(Boolean).join(' · ')}</Text>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{u.note}</Text>
            <Evidence files={u.evidence} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
