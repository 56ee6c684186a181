// One commendation decision in the list: its number ("Số 09-QĐ/TU") and what it commends, the issuing unit, the date
// and the signer, the form, how many it commends; "Tải bản Word", "In giấy khen, bằng khen" (the certificates to
// print), the list of those commended on request, and "Hủy bỏ quyết định" when the level may. An annulled decision is
// badged "Đã hủy bỏ" with when, who and why; its Word stays, its certificates are no longer offered.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core'
import { IconBan, IconCertificate, IconFileTypeDocx, IconList } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate, formatDateTime } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { useCommendation, type CommendationListItem } from '../api.ts'
import { certificatesDocxUrl, commendationDocxUrl, nominationPath } from '../paths.ts'
import { AnnulCommendationModal } from './AnnulCommendationModal.tsx'

function Commended({ id, number }: { id: string; number: string }) {
  const { t } = useTranslation()
  const query = useCommendation(id)
  if (query.isPending) return <Loading />
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const label = t('nominations.commendations.commendedLabel', { number })
  return (
    <Table.ScrollContainer type="native" minWidth={640} tabIndex={0} role="region" aria-label={t('nominations.reviews.tableRegion', { name: label })}>
      <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('nominations.commendations.no')}</Table.Th>
            <Table.Th scope="col">{t('nominations.commendations.name')}</Table.Th>
            <Table.Th scope="col">{t('nominations.commendations.unitCol')}</Table.Th>
            <Table.Th scope="col">{t('nominations.commendations.achievement')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.commended.map((c, i) => (
            <Table.Tr key={c.nominationId}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={nominationPath(c.nominationId)} style={{ overflowWrap: 'anywhere' }}>
                  {c.model.personName ? `${c.model.personName} — ${c.model.title}` : c.model.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{c.model.unit.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** Long labels wrap on a phone instead of running out of the card. */
const wraps = { h: 'auto', mih: 36, py: 6, styles: { label: { whiteSpace: 'normal' as const, lineHeight: 1.3 } } }

export function CommendationCard({ item }: { item: CommendationListItem }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [annulling, setAnnulling] = useState(false)
  const annulled = item.annulled
  // Once annulled here, the button that opened the dialog is gone: focus moves to the annulment's line when the list
  // comes back with it.
  const focusAnnulled = useRef(false)
  const annulledLine = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (!annulled || !focusAnnulled.current) return
    focusAnnulled.current = false
    annulledLine.current?.focus()
  }, [annulled])
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>
            {item.numberLine}: {item.title}
          </Text>
          <Group gap="xs" wrap="wrap">
            {annulled && (
              <Badge component="span" variant="filled" color="dark" style={{ textTransform: 'none' }}>
                {t('nominations.commendations.annulledBadge')}
              </Badge>
            )}
            <Badge component="span" variant="filled" color={item.form === 'diploma' ? 'red' : 'blue'} style={{ textTransform: 'none' }}>
              {t(`nominations.form.${item.form}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">{t('nominations.commendations.line', { org: item.organization.name, date: formatDate(item.signedOn), signer: `${item.signerTitle} ${item.signerName}` })}</Text>
        <Text size="sm">{t('nominations.commendations.count', { n: item.count })}</Text>
        {annulled && (
          <>
            <Text size="sm" fw={700} ref={annulledLine} tabIndex={-1}>
              {annulled.by
                ? t('nominations.commendations.annulledAtBy', { at: formatDateTime(annulled.at), by: annulled.by })
                : t('nominations.commendations.annulledAt', { at: formatDateTime(annulled.at) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {t('nominations.commendations.annulledReason', { reason: annulled.reason })}
            </Text>
          </>
        )}
        <Group gap="sm" wrap="wrap">
          <Button {...wraps} component="a" href={commendationDocxUrl(item.id)} download variant="default" leftSection={<IconFileTypeDocx size={20} aria-hidden />} aria-label={t('nominations.commendations.downloadLabel', { number: item.numberLine })}>
            {t('nominations.commendations.download')}
          </Button>
          {!annulled && (
            <Button {...wraps} component="a" href={certificatesDocxUrl(item.id)} download variant="default" leftSection={<IconCertificate size={20} aria-hidden />} aria-label={t('nominations.commendations.certificatesLabel', { number: item.numberLine })}>
              {t('nominations.commendations.certificates')}
            </Button>
          )}
          <Button {...wraps} variant="default" leftSection={<IconList size={20} aria-hidden />} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? t('nominations.commendations.hide') : t('nominations.commendations.show')}
          </Button>
          {item.abilities.annul && !annulled && (
            <Button {...wraps} variant="outline" color="red.9" leftSection={<IconBan size={20} aria-hidden />} onClick={() => setAnnulling(true)} aria-label={t('nominations.annul.buttonLabel', { number: item.numberLine })}>
              {t('nominations.annul.button')}
            </Button>
          )}
        </Group>
        {open && <Commended id={item.id} number={item.numberLine} />}
      </Stack>
      {annulling && (
        <AnnulCommendationModal
          item={item}
          onClose={() => setAnnulling(false)}
          onAnnulled={() => {
            focusAnnulled.current = true
            setAnnulling(false)
          }}
        />
      )}
    </Paper>
  )
}
