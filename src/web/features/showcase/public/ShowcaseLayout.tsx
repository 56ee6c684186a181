// The frame of the public showcase (no account): the site's name, the public pages (models, stories, feedback, leaders'
// commitments), the language switch and a way to sign in. Light for a cheap phone: one column, large targets, nothing
// loaded from elsewhere. The stories' public pages (/cong-khai/bai-viet…) sit in it too.
import { Anchor, Box, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconLogin2, IconStarFilled } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router'
import { useSession } from '../../../api/session.tsx'
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx'
import { useFocusMainOnNavigate } from '../../../components/useFocusMainOnNavigate.ts'
import { PUBLIC_EXEMPLARY_PATH } from '../../exemplary/public/publicApi.ts'
import { FEEDBACK_PUBLIC_PATH } from '../../feedback/paths.ts'
import { PUBLIC_STORIES_PATH, SHOWCASE_PATH } from '../paths.ts'

export function ShowcaseLayout() {
  const { t } = useTranslation()
  const { me } = useSession()
  useFocusMainOnNavigate()

  const links = [
    { to: SHOWCASE_PATH, label: t('showcase.nav.models') },
    { to: PUBLIC_STORIES_PATH, label: t('showcase.nav.stories') },
    { to: FEEDBACK_PUBLIC_PATH, label: t('showcase.nav.feedback') },
    { to: PUBLIC_EXEMPLARY_PATH, label: t('showcase.nav.exemplary') },
  ]
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Stack gap="xs" maw={960} mx="auto">
          <Group justify="space-between" gap="sm">
            <UnstyledButton component={Link} to={SHOWCASE_PATH} aria-label={t('showcase.brandHome')} style={{ flex: '1 1 14rem' }}>
              <Group gap={8} wrap="nowrap">
                <IconStarFilled size={26} color="var(--mantine-color-red-9)" aria-hidden style={{ flexShrink: 0 }} />
                <Text fw={700} size="lg" c="red.9" lh={1.3}>
                  {t('showcase.brand')}
                </Text>
              </Group>
            </UnstyledButton>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <Button component={Link} to={me ? '/' : '/dang-nhap'} variant="filled" leftSection={<IconLogin2 size={20} aria-hidden />}>
                {me ? t('showcase.nav.openApp') : t('showcase.nav.signIn')}
              </Button>
            </Group>
          </Group>
          <Group component="nav" gap="lg" aria-label={t('showcase.nav.label')} wrap="wrap" style={{ rowGap: 0 }}>
            {links.map((link) => (
              <Anchor key={link.to} component={NavLink} to={link.to} fw={500} py={6}>
                {link.label}
              </Anchor>
            ))}
          </Group>
        </Stack>
      </Box>
      <ScrollRestoration />
      <Box component="main" id="main-content" tabIndex={-1} px="md" py="lg">
        <Stack gap="lg" maw={960} mx="auto">
          <Outlet />
        </Stack>
      </Box>
      <Box component="footer" px="md" pb="xl">
        <Text size="sm" c="dimmed" ta="center">
          {t('showcase.footer')}
        </Text>
      </Box>
    </>
  )
}
