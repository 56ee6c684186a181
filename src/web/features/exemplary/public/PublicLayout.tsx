// The frame of the public pages (no account): the name of the site, the language switch and a way to sign in — no
// navigation menu, nothing loaded from elsewhere.
import { Anchor, Box, Button, Group, Stack, Text } from '@mantine/core'
import { IconLogin2, IconStarFilled } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, ScrollRestoration } from 'react-router'
import { useSession } from '../../../api/session.tsx'
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx'
import { useFocusMainOnNavigate } from '../../../components/useFocusMainOnNavigate.ts'
import { FEEDBACK_LOOKUP_PATH, FEEDBACK_PUBLIC_PATH } from '../../feedback/paths.ts'
import { SHOWCASE_PATH } from '../../showcase/paths.ts'

export function PublicLayout() {
  const { t } = useTranslation()
  const { me } = useSession()
  useFocusMainOnNavigate()

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" gap="sm" maw={960} mx="auto">
          <Group gap={8} wrap="nowrap" style={{ flex: '1 1 16rem' }}>
            <IconStarFilled size={26} color="var(--mantine-color-red-9)" aria-hidden style={{ flexShrink: 0 }} />
            <Text fw={700} size="lg" c="red.9" lh={1.3}>
              {t('public.brand')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <Button component={Link} to={me ? '/' : '/dang-nhap'} variant="filled" leftSection={<IconLogin2 size={20} aria-hidden />}>
              {me ? t('public.openApp') : t('public.signIn')}
            </Button>
          </Group>
        </Group>
      </Box>
      <ScrollRestoration />
      <Box component="main" id="main-content" tabIndex={-1} px="md" py="lg">
        <Stack gap="lg" maw={960} mx="auto">
          <Outlet />
        </Stack>
      </Box>
      <Box component="footer" px="md" pb="xl">
        <Group justify="center" gap="lg" mb="sm">
          <Anchor component={Link} to={SHOWCASE_PATH}>
            {t('showcase.nav.models')}
          </Anchor>
          <Anchor component={Link} to={FEEDBACK_PUBLIC_PATH}>
            {t('feedback.sendLink')}
          </Anchor>
          <Anchor component={Link} to={FEEDBACK_LOOKUP_PATH}>
            {t('feedback.lookupLink')}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed" ta="center">
          {t('app.tagline')}
        </Text>
      </Box>
    </>
  )
}
