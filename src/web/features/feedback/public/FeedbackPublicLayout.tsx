// The frame of the public feedback pages (no account): the site's name, the language switch and the two pages (send,
// follow) — built for a phone on a slow connection: one column, large targets, nothing loaded from elsewhere.
import { Anchor, Box, Group, Stack, Text } from '@mantine/core'
import { IconStarFilled } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, ScrollRestoration } from 'react-router'
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx'
import { useFocusMainOnNavigate } from '../../../components/useFocusMainOnNavigate.ts'
import { FEEDBACK_LOOKUP_PATH, FEEDBACK_PUBLIC_PATH } from '../paths.ts'
import { SHOWCASE_PATH } from '../../showcase/paths.ts'

export function FeedbackPublicLayout() {
  const { t } = useTranslation()
  useFocusMainOnNavigate()

  const links = [
    { to: FEEDBACK_PUBLIC_PATH, label: t('feedback.sendLink'), end: true },
    { to: FEEDBACK_LOOKUP_PATH, label: t('feedback.lookupLink'), end: false },
    { to: SHOWCASE_PATH, label: t('showcase.nav.models'), end: false },
  ]
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Stack gap="xs" maw={720} mx="auto">
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Group gap={8} wrap="nowrap">
              <IconStarFilled size={24} color="var(--mantine-color-red-9)" aria-hidden style={{ flexShrink: 0 }} />
              <Text fw={700} size="lg" c="red.9" lh={1.3}>
                {t('feedback.brand')}
              </Text>
            </Group>
            <LanguageSwitch />
          </Group>
          <Group component="nav" gap="lg" aria-label={t('nav.label')}>
            {links.map((link) => (
              <Anchor
                key={link.to}
                component={NavLink}
                to={link.to}
                end={link.end}
                fw={500}
                py={6}
              >
                {link.label}
              </Anchor>
            ))}
          </Group>
        </Stack>
      </Box>
      <ScrollRestoration />
      <Box component="main" id="main-content" tabIndex={-1} px="md" py="lg">
        <Stack gap="lg" maw={720} mx="auto">
          <Outlet />
        </Stack>
      </Box>
      <Box component="footer" px="md" pb="xl">
        <Text size="sm" c="dimmed" ta="center">
          {t('app.tagline')}
        </Text>
      </Box>
    </>
  )
}
