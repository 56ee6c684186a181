// The dashboard's header: breadcrumbs to drill up (a link where I may read the ancestor), the unit's name, the cycle
// (a selector by year) and its status, what matters now, and a way to another unit.
import { Alert, Anchor, Box, Group, Select, Stack, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { Cycle } from '../../../../common/contracts/cycles.ts'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { useMe } from '../../../api/session.tsx'
import { useLabels } from '../../../components/labels.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { CycleStatusBadge } from '../../cycles/components/CycleStatusBadge.tsx'
import { OrgBreadcrumbs } from '../../organizations/components/OrgBreadcrumbs.tsx'
import { readableAncestors } from '../access.ts'
import { dashboardPath } from '../paths.ts'

export function DashboardHeader({ org, cycle, cycles }: { org: Organization; cycle: Cycle; cycles: readonly Cycle[] }) {
  const { t } = useTranslation()
  const me = useMe()
  const labels = useLabels()
  const navigate = useNavigate()
  const readable = readableAncestors(me.grants, org.ancestors)
  const options = (cycles.some((c) => c.id === cycle.id) ? cycles : [cycle, ...cycles]).map((c) => ({
    value: c.id,
    label: t('dashboard.cycleOption', { year: c.year, status: labels.cycleStatus(c.status) }),
  }))
  return (
    <Stack gap="sm">
      <OrgBreadcrumbs org={org} linkTo={(id) => (readable.has(id) ? dashboardPath(id, cycle.id) : null)} />
      <Title order={1}>{org.name}</Title>
      <Group gap="md">
        <Text fw={500}>{t('dashboard.unitKind', { kind: labels.orgKind(org.kind) })}</Text>
        <Anchor component={Link} to={`/to-chuc/${org.id}`} className="row-link">
          {t('dashboard.openOrg')}
        </Anchor>
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('dashboard.cycle')}
          data={options}
          value={cycle.id}
          allowDeselect={false}
          onChange={(id) => id && void navigate(dashboardPath(org.id, id))}
          w={{ base: '100%', xs: 300 }}
          data-testid="dashboard-cycle"
        />
        <Box w={{ base: '100%', xs: 360 }}>
          <OrgPicker label={t('dashboard.otherUnit')} value={null} onChange={(id) => id && void navigate(dashboardPath(id, cycle.id))} />
        </Box>
      </Group>
      <Group gap="xs">
        <CycleStatusBadge status={cycle.status} />
        <Text size="sm">{cycle.themeTitle}</Text>
      </Group>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
        <Text size="md">{t(`dashboard.focus.${cycle.status}`)}</Text>
      </Alert>
    </Stack>
  )
}
