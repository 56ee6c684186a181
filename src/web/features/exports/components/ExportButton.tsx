// "Xuất Excel": a link that downloads the list shown next to it, with its filters (the server applies the same rule
// as the list, so the button only sits where the list itself is shown).
import { Button } from '@mantine/core'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ExportList } from '../../../../common/contracts/exports.ts'
import { exportUrl, type ExportParams } from '../api.ts'

export function ExportButton({ list, params }: { list: ExportList; params: ExportParams }) {
  const { t } = useTranslation()
  return (
    <Button
      component="a"
      href={exportUrl(list, params)}
      download
      variant="default"
      leftSection={<IconFileSpreadsheet size={20} aria-hidden />}
      aria-label={t(`exports.label.${list}`)}
      title={t(`exports.hint.${list}`)}
      data-testid={`export-${list}`}
    >
      {t('exports.button')}
    </Button>
  )
}
