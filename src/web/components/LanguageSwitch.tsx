import { Box, Button } from '@mantine/core'
import { IconLanguage } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { currentLanguage, setLanguage } from '../i18n/index.ts'

/** One button that switches between Vietnamese and English; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const next = currentLanguage() === 'vi' ? 'en' : 'vi'
  return (
    <Button
      variant="default"
      leftSection={<IconLanguage size={20} aria-hidden />}
      onClick={() => void setLanguage(next)}
      aria-label={t('nav.switchToLabel')}
      lang={next}
    >
      <Box component="span" visibleFrom="xs">
        {t('nav.switchTo')}
      </Box>
      <Box component="span" hiddenFrom="xs">
        {next.toUpperCase()}
      </Box>
    </Button>
  )
}
