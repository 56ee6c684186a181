import { Anchor, Box, Breadcrumbs, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { formatDate, formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
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
      <Box component="nav" aria-label={t('common.breadcrumbs')}>
        <Breadcrumbs separator={<span aria-hidden>›</span>} separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
          <Anchor component={Link} to="/to-chuc" size="sm">
            {t('org.treeTitle')}
          </Anchor>
          {org.ancestors.map((a) => (
            <Anchor key={a.id} component={Link} to={`/to-chuc/${a.id}`} size="sm">
              {a.name}
            </Anchor>
          ))}
          <Text size="sm" aria-current="page">
            {org.name}
          </Text>
        </Breadcrumbs>
      </Box>
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
