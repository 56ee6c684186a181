// "Tải bản Word" and, when the server has LibreOffice, "Tải PDF": plain links the browser downloads.
import { Button, Group } from '@mantine/core'
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { reportUrl, useReportCapabilities, type ReportKind, type ReportParams } from '../api.ts'

interface Props {
  kind: ReportKind
  params: ReportParams
  /** The document's name, for screen readers when a page holds several pairs of buttons. */
  name?: string
  disabled?: boolean
}

export function DownloadButtons({ kind, params, name, disabled = false }: Props) {
  const { t } = useTranslation()
  const capabilities = useReportCapabilities()
  const link = (format: 'docx' | 'pdf') => (disabled ? {} : { component: 'a' as const, href: reportUrl(kind, format, params), download: true })
  return (
    <Group gap="sm">
      <Button
        {...link('docx')}
        disabled={disabled}
        variant="default"
        leftSection={<IconFileTypeDocx size={20} aria-hidden />}
        aria-label={name ? t('reports.wordOf', { name }) : undefined}
      >
        {t('reports.word')}
      </Button>
      {capabilities.data?.pdf && (
        <Button
          {...link('pdf')}
          disabled={disabled}
          variant="default"
          leftSection={<IconFileTypePdf size={20} aria-hidden />}
          aria-label={name ? t('reports.pdfOf', { name }) : undefined}
        >
          {t('reports.pdf')}
        </Button>
      )}
    </Group>
  )
}
