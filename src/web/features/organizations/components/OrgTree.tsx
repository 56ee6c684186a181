// Units as a list that opens in place: each unit links to its page, and a button shows its sub-units.
import { ActionIcon, Anchor, Box, Group, Stack, Text } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { Loading } from '../../../components/Loading.tsx'
import { useOrganizationChildren } from '../api.ts'
import { OrgStatusBadge } from './OrgStatusBadge.tsx'

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const

export function OrgSummaryLine({ org }: { org: OrganizationSummary }) {
  const { t } = useTranslation()
  const labels = useLabels()
  return (
    <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
      <Anchor component={Link} to={`/to-chuc/${org.id}`} className="row-link" size="lg" underline="hover">
        {org.name}
      </Anchor>
      <Text size="sm" c="dimmed">
        {labels.orgKind(org.kind)} · {t('org.counts', { people: formatNumber(org.subtreePeopleCount), units: formatNumber(org.childCount) })}
      </Text>
      <OrgStatusBadge status={org.status} />
    </Stack>
  )
}

function OrgTreeItem({ org, includeInactive }: { org: OrganizationSummary; includeInactive: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const children = useOrganizationChildren(org.id, { includeInactive, enabled: open })
  const groupId = `org-children-${org.id}`
  return (
    <li>
      <Group wrap="nowrap" align="flex-start" gap="xs" py={4}>
        {org.childCount > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray.9"
            aria-expanded={open}
            aria-controls={open ? groupId : undefined}
            aria-label={open ? t('org.collapse', { name: org.name }) : t('org.expand', { name: org.name })}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? <IconChevronDown aria-hidden /> : <IconChevronRight aria-hidden />}
          </ActionIcon>
        ) : (
          <Box w={44} aria-hidden />
        )}
        <OrgSummaryLine org={org} />
      </Group>
      {open && (
        <Box id={groupId} pl={{ base: 'md', sm: 'xl' }}>
          {children.isPending ? (
            <Loading />
          ) : children.error ? (
            <ErrorState error={children.error} onRetry={() => void children.refetch()} />
          ) : (
            <OrgTree items={children.data.items} includeInactive={includeInactive} />
          )}
        </Box>
      )}
    </li>
  )
}

export function OrgTree({ items, includeInactive = false }: { items: OrganizationSummary[]; includeInactive?: boolean }) {
  return (
    <Box component="ul" style={listStyle}>
      {items.map((org) => (
        <OrgTreeItem key={org.id} org={org} includeInactive={includeInactive} />
      ))}
    </Box>
  )
}
