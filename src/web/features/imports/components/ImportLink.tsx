// "Nhập danh sách từ Excel" on a unit's page: to the import page with that unit as the default one (the unit's page
// shows it only to those who may add people there).
import { Button } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { importPath } from '../access.ts'

export function ImportLink({ orgId }: { orgId: string }) {
  const { t } = useTranslation()
  return (
    <Button component={Link} to={importPath(orgId)} variant="default" leftSection={<IconFileImport size={20} aria-hidden />}>
      {t('imports.fromOrg')}
    </Button>
  )
}
