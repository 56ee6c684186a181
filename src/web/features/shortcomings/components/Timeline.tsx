// "Diễn biến": every step of the shortcoming, oldest first — when, what (with the progress reported), the note, who,
// and the evidence files (photos open full size, PDFs download; the server sends them so a browser never runs them).
import { Anchor, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../components/format.ts'
import { formatFileSize } from '../../feedback/attachments.ts'
import type { ShortcomingDetail, ShortcomingEvent } from '../api.ts'
import { evidenceUrl } from '../paths.ts'

function useKindLabel() {
  const { t, i18n } = useTranslation()
  return (kind: string) => (i18n.exists(`shortcomings.kind.${kind}`) ? t(`shortcomings.kind.${kind}` as 'shortcomings.kind.raised') : kind)
}

function Evidence({ shortcomingId, event }: { shortcomingId: string; event: ShortcomingEvent }) {
  const { t } = useTranslation()
  if (event.evidence.length === 0) return <>{t('common.none')}</>
  return (
    <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
      {event.evidence.map((f) => (
        <li key={f.id}>
          <Anchor
            href={evidenceUrl(shortcomingId, f.id)}
            {...(f.mediaType === 'application/pdf' ? { download: f.fileName } : { target: '_blank', rel: 'noopener' })}
            aria-label={t('shortcomings.timeline.openEvidence', { name: f.fileName, size: formatFileSize(f.size) })}
            style={{ overflowWrap: 'anywhere' }}
          >
            {f.fileName}
          </Anchor>
        </li>
      ))}
    </Stack>
  )
}

export function Timeline({ shortcoming }: { shortcoming: ShortcomingDetail }) {
  const { t } = useTranslation()
  const kindLabel = useKindLabel()
  const label = t('shortcomings.timeline.tableLabel')
  const actionOf = new Map(shortcoming.actions.map((a) => [a.id, a.content]))
  return (
    <Stack gap="xs" component="section" aria-labelledby="shortcoming-timeline-title">
      <Title order={2} id="shortcoming-timeline-title">
        {t('shortcomings.timeline.title')}
      </Title>
      <Table.ScrollContainer type="native" minWidth={720} tabIndex={0} role="region" aria-label={t('shortcomings.summary.tableRegion', { name: label })}>
        <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shortcomings.timeline.at')}</Table.Th>
              <Table.Th scope="col">{t('shortcomings.timeline.event')}</Table.Th>
              <Table.Th scope="col">{t('shortcomings.timeline.note')}</Table.Th>
              <Table.Th scope="col">{t('shortcomings.timeline.by')}</Table.Th>
              <Table.Th scope="col">{t('shortcomings.timeline.evidence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shortcoming.timeline.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>
                  <Text inherit fw={500}>{kindLabel(e.kind)}{e.progress !== null ? ` (${t('shortcomings.timeline.progress', { n: e.progress })})` : ''}</Text>
                  {e.actionId && e.kind !== 'action_added' && actionOf.has(e.actionId) && <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{actionOf.get(e.actionId)}</Text>}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.note ?? t('common.none')}</Table.Td>
                <Table.Td>{e.by ?? t('common.none')}</Table.Td>
                <Table.Td><Evidence shortcomingId={shortcoming.id} event={e} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}
