import { useDocumentTitle } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'

/** Sets `<title>` to "<page> — Nêu Gương" (nothing until the page knows its title). */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation()
  useDocumentTitle(title ? `${title} — ${t('app.titleSuffix')}` : '')
}
