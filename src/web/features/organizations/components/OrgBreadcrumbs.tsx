import { Anchor, Box, Breadcrumbs, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Organization } from '../../../../common/contracts/organizations.ts'

/**
 * The unit's place in the tree: an optional first link (the tree, the dashboard…), each ancestor from the root (a link
 * where `linkTo` gives an address, plain text otherwise), then the unit itself as the current page.
 */
export function OrgBreadcrumbs({ org, root, linkTo }: {
  org: Pick<Organization, 'name' | 'ancestors'>
  root?: { label: string; to: string }
  linkTo: (ancestorId: string) => string | null
}) {
  const { t } = useTranslation()
  return (
    <Box component="nav" aria-label={t('common.breadcrumbs')}>
      <Breadcrumbs separator={<span aria-hidden>›</span>} separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        {root && (
          <Anchor component={Link} to={root.to} size="sm">
            {root.label}
          </Anchor>
        )}
        {org.ancestors.map((a) => {
          const to = linkTo(a.id)
          return to ? (
            <Anchor key={a.id} component={Link} to={to} size="sm">
              {a.name}
            </Anchor>
          ) : (
            <Text key={a.id} size="sm">
              {a.name}
            </Text>
          )
        })}
        <Text size="sm" aria-current="page">
          {org.name}
        </Text>
      </Breadcrumbs>
    </Box>
  )
}
