// The small sub-navigation of the nomination pages: the inbox, the decisions, the recognitions (the page shown is marked
// for screen readers with aria-current).
import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { COMMENDATIONS_PATH, NOMINATIONS_PATH, RECOGNITIONS_PATH } from '../paths.ts'

export function SubNav() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const links = [
    { to: NOMINATIONS_PATH, label: t('nominations.subnav.inbox') },
    { to: COMMENDATIONS_PATH, label: t('nominations.subnav.commendations') },
    { to: RECOGNITIONS_PATH, label: t('nominations.subnav.recognitions') },
  ]
  return (
    <Group component="nav" aria-label={t('nominations.subnav.label')} gap="xs" wrap="wrap">
      {links.map((l) => {
        const current = pathname === l.to || pathname.startsWith(`${l.to}/`)
        return (
          <Button key={l.to} component={Link} to={l.to} size="sm" variant={current ? 'filled' : 'default'} aria-current={current ? 'page' : undefined}>
            {l.label}
          </Button>
        )
      })}
    </Group>
  )
}
