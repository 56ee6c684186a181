// The frame every public page (no account) sits in: a skip link, the site's name, the language switch, a way to sign
// in where the section offers one, the section's links, the page and a footer. One column for a phone on a slow
// connection; nothing loaded from elsewhere. The feedback pages, the public exemplary commitments and the showcase each
// set it up in their own layout.
import { Anchor, Box, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconLogin2, IconStarFilled } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router'
import { useSession } from '../api/session.tsx'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { useFocusMainOnNavigate } from './useFocusMainOnNavigate.ts'

export interface PublicLink {
  to: string
  label: string
  /** Marked current only on this very address, not below it. */
  end?: boolean
}

interface Props {
  brand: string
  /** The brand as a link to the section's first page, with its accessible name. */
  home?: { to: string; label: string }
  /** The column's widest: 720 for forms, 960 for lists. */
  width: 720 | 960
  /** "Đăng nhập", or "Mở ứng dụng" when signed in. */
  signIn?: { signIn: string; openApp: string }
  nav?: { label: string; links: PublicLink[] }
  footerLinks?: PublicLink[]
  footer: string
}

function Brand({ brand }: { brand: string }) {
  return (
    <Group gap={8} wrap="nowrap">
      <IconStarFilled size={26} color="var(--mantine-color-red-9)" aria-hidden style={{ flexShrink: 0 }} />
      <Text fw={700} size="lg" c="red.9" lh={1.3}>
        {brand}
      </Text>
    </Group>
  )
}

export function PublicFrame({ brand, home, width, signIn, nav, footerLinks, footer }: Props) {
  const { t } = useTranslation()
  const { me } = useSession()
  useFocusMainOnNavigate()

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Stack gap="xs" maw={width} mx="auto">
          <Group justify="space-between" gap="sm">
            {home ? (
              <UnstyledButton component={Link} to={home.to} aria-label={home.label} style={{ flex: '1 1 14rem' }}>
                <Brand brand={brand} />
              </UnstyledButton>
            ) : (
              <Box style={{ flex: '1 1 14rem' }}>
                <Brand brand={brand} />
              </Box>
            )}
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              {signIn && (
                <Button component={Link} to={me ? '/' : '/dang-nhap'} variant="filled" leftSection={<IconLogin2 size={20} aria-hidden />}>
                  {me ? signIn.openApp : signIn.signIn}
                </Button>
              )}
            </Group>
          </Group>
          {nav && (
            <Group component="nav" gap="lg" aria-label={nav.label} wrap="wrap" style={{ rowGap: 0 }}>
              {nav.links.map((link) => (
                <Anchor key={link.to} component={NavLink} to={link.to} end={link.end} fw={500} py={6}>
                  {link.label}
                </Anchor>
              ))}
            </Group>
          )}
        </Stack>
      </Box>
      <ScrollRestoration />
      <Box component="main" id="main-content" tabIndex={-1} px="md" py="lg">
        <Stack gap="lg" maw={width} mx="auto">
          <Outlet />
        </Stack>
      </Box>
      <Box component="footer" px="md" pb="xl">
        {footerLinks && (
          <Group justify="center" gap="lg" mb="sm">
            {footerLinks.map((link) => (
              <Anchor key={link.to} component={Link} to={link.to}>
                {link.label}
              </Anchor>
            ))}
          </Group>
        )}
        <Text size="sm" c="dimmed" ta="center">
          {footer}
        </Text>
      </Box>
    </>
  )
}
