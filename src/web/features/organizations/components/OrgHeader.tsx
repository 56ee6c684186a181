import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { formatDate, formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { OrgBreadcrumbs } from './OrgBreadcrumbs.tsx'
import { OrgStatusBadge } from './OrgStatusBadge.tsx'

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} size="xl">
        {formatNumber(value)}
      </Text>
    </Paper>
  )
}

/** Breadcrumbs from the root, the unit's name (the page's h1), its kind, code, status and counts. */
export function OrgHeader({ org }: { org: Organization }) {
  const { t } = useTranslation()
  const labels = useLabels()
  return (
    <Stack gap="sm">
      <OrgBreadcrumbs org={org} root={{ label: t('org.treeTitle'), to: '/to-chuc' }} linkTo={(id) => `/to-chuc/${id}`} />
      <Title order={1}>{org.name}</Title>
      <Group gap="md">
        <Text fw={500}>{labels.orgKind(org.kind)}</Text>
        <Text c="dimmed">
          {t('org.code')}: {org.code}
        </Text>
        {org.validFrom && (
          <Text c="dimmed">
            {t('org.validFrom')} {formatDate(org.validFrom)}
          </Text>
        )}
      </Group>
      <OrgStatusBadge status={org.status} mergedInto={org.mergedInto} validTo={org.validTo} />
      <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" m={0}>
        <Count label={t('org.peopleDirect')} value={org.peopleCount} />
        <Count label={t('org.peopleSubtree')} value={org.subtreePeopleCount} />
        <Count label={t('org.childCount')} value={org.childCount} />
      </SimpleGrid>
    </Stack>
  )
}
