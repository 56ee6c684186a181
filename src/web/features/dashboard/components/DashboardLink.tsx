// "Xem tổng hợp" on a unit's page: to the dashboard of that unit (the page shows it only to those who may read it).
import { Button } from '@mantine/core'
import { IconChartBar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { dashboardPath } from '../paths.ts'

export function DashboardLink({ orgId }: { orgId: string }) {
  const { t } = useTranslation()
  return (
    <Button component={Link} to={dashboardPath(orgId)} variant="light" leftSection={<IconChartBar size={20} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
      {t('dashboard.openFromOrg')}
    </Button>
  )
}
