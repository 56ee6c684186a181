// A model's nominations on its page: year, status, the level holding each and who nominated it, each linked to its
// nomination; and "Đề cử khen thưởng" when the page allows it (`canNominate`) and the caller holds a unit that may
// nominate it (the model's unit or one above it).
import { Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconAward } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { useModelNominations } from '../api.ts'
import { nominationPath } from '../paths.ts'
import { NominateModal } from './NominateModal.tsx'
import { StatusBadge } from './NominationBadges.tsx'

export function ModelNominations({ modelId, canNominate }: { modelId: string; canNominate: boolean }) {
  const { t } = useTranslation()
  const query = useModelNominations(modelId)
  const [nominating, setNominating] = useState(false)
  const units = query.data?.nominateAs ?? []
  const label = t('nominations.modelNominations.tableLabel')
  return (
    <Stack gap="sm" component="section" aria-labelledby="model-nominations-title">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={2} id="model-nominations-title">
          {t('nominations.modelNominations.title')}
        </Title>
        {canNominate && units.length > 0 && (
          <Button leftSection={<IconAward size={20} aria-hidden />} onClick={() => setNominating(true)}>
            {t('nominations.nominate.button')}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text>{t('nominations.modelNominations.empty')}</Text>
      ) : (
        <Table.ScrollContainer type="native" minWidth={560} tabIndex={0} role="region" aria-label={t('nominations.reviews.tableRegion', { name: label })}>
          <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('nominations.modelNominations.year')}</Table.Th>
                <Table.Th scope="col">{t('nominations.modelNominations.status')}</Table.Th>
                <Table.Th scope="col">{t('nominations.modelNominations.at')}</Table.Th>
                <Table.Th scope="col">{t('nominations.modelNominations.by')}</Table.Th>
                <Table.Th scope="col"><VisuallyHidden>{t('nominations.modelNominations.open')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>{n.year}</Table.Td>
                  <Table.Td><StatusBadge status={n.status} /></Table.Td>
                  <Table.Td>{n.at.name}</Table.Td>
                  <Table.Td>{n.nominatedBy.name}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={nominationPath(n.id)} aria-label={t('nominations.modelNominations.openLabel', { year: n.year, by: n.nominatedBy.name })}>
                      {t('nominations.modelNominations.open')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {nominating && <NominateModal modelId={modelId} units={units} onClose={() => setNominating(false)} />}
    </Stack>
  )
}
