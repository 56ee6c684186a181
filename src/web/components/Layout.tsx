// The page frame: header (brand, language), navigation (a burger menu on phones), main content.
import { AppShell, Burger, Button, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core'
import { useDisclosure, useMediaQuery } from '@mantine/hooks'
import { IconAlertTriangle, IconAward, IconBulb, IconCalendarEvent, IconCalendarWeek, IconChartBar, IconClipboardCheck, IconFileImport, IconHome, IconListCheck, IconLogout, IconMessageReport, IconShieldLock, IconSitemap, IconSpeakerphone, IconStarFilled, IconUserSearch, IconUsersGroup, IconZoomCheck } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, NavLink as RouterNavLink, ScrollRestoration, useLocation, useNavigate } from 'react-router'
import { mustSetUpMfa, SECURITY_PATH, useMe, useSession } from '../api/session.tsx'
import { canUseDashboard } from '../features/dashboard/access.ts'
import { DASHBOARD_PATH } from '../features/dashboard/paths.ts'
import { canUseFeedbackInbox, FEEDBACK_INBOX_PATH } from '../features/feedback/paths.ts'
import { canUseDialogues, DIALOGUES_PATH } from '../features/dialogues/paths.ts'
import { canUsePlans, PLANS_PATH } from '../features/plans/paths.ts'
import { canUseInspections, INSPECTIONS_PATH } from '../features/inspections/paths.ts'
import { canUseShortcomings, MY_SHORTCOMINGS_PATH, SHORTCOMINGS_PATH } from '../features/shortcomings/paths.ts'
import { canUseModels, MODELS_PATH } from '../features/models/paths.ts'
import { CALENDAR_PATH, canManageCalendar } from '../features/calendar/access.ts'
import { canImport, IMPORT_PATH } from '../features/imports/access.ts'
import { useFocusMainOnNavigate } from './useFocusMainOnNavigate.ts'
import { LanguageSwitch } from './LanguageSwitch.tsx'

interface Item {
  to: string
  label: string
  icon: ReactNode
  /** Other paths this item stands for (its pages link there). */
  also?: string[]
  /** Active on its own path only (not on the pages below it). */
  exact?: boolean
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const me = useMe()
  const { signOut } = useSession()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [opened, { toggle, close }] = useDisclosure(false)
  // On phones the closed menu slides off screen: keep it out of the tab order and the accessibility tree.
  const phone = useMediaQuery('(max-width: 47.99em)')
  useFocusMainOnNavigate()

  // Until two-step sign-in is on where it is required, every other page leads back to the security page.
  const items: Item[] = mustSetUpMfa(me) ? [] : [
    { to: '/', label: t('nav.home'), icon: <IconHome size={22} aria-hidden /> },
    // Someone else's commitment (/cam-ket/:id, read by the cell) is not "mine".
    ...(me.person ? [{ to: '/cam-ket', label: t('nav.myCommitment'), icon: <IconClipboardCheck size={22} aria-hidden />, exact: true }] : []),
    { to: '/neu-guong', label: t('exemplary.nav'), icon: <IconAward size={22} aria-hidden /> },
    ...(canUseDashboard(me) ? [{ to: DASHBOARD_PATH, label: t('dashboard.nav'), icon: <IconChartBar size={22} aria-hidden /> }] : []),
    ...(canUsePlans(me) ? [{ to: PLANS_PATH, label: t('plans.nav'), icon: <IconListCheck size={22} aria-hidden /> }] : []),
    ...(canUseFeedbackInbox(me) ? [{ to: FEEDBACK_INBOX_PATH, label: t('feedback.inbox.nav'), icon: <IconMessageReport size={22} aria-hidden /> }] : []),
    ...(canUseDialogues(me) ? [{ to: DIALOGUES_PATH, label: t('dialogues.nav'), icon: <IconSpeakerphone size={22} aria-hidden /> }] : []),
    ...(canUseInspections(me) ? [{ to: INSPECTIONS_PATH, label: t('inspections.nav'), icon: <IconZoomCheck size={22} aria-hidden /> }] : []),
    // One entry for the whole area (models, nominations, decisions, stories, suggestions, figures): its pages share a sub-navigation.
    ...(canUseModels(me) ? [{ to: MODELS_PATH, label: t('models.nav'), icon: <IconBulb size={22} aria-hidden /> }] : []),
    ...(canUseShortcomings(me)
      ? [{ to: SHORTCOMINGS_PATH, label: t('shortcomings.nav'), icon: <IconAlertTriangle size={22} aria-hidden /> }]
      : me.person
        ? [{ to: MY_SHORTCOMINGS_PATH, label: t('shortcomings.navMine'), icon: <IconAlertTriangle size={22} aria-hidden /> }]
        : []),
    { to: '/to-chuc', label: t('nav.organizations'), icon: <IconSitemap size={22} aria-hidden /> },
    ...(me.abilities.findPeople
      ? [{ to: '/nguoi', label: t('nav.people'), icon: <IconUserSearch size={22} aria-hidden /> }]
      : me.person
        ? [{ to: `/nguoi/${me.person.id}`, label: t('nav.myRecord'), icon: <IconUserSearch size={22} aria-hidden /> }]
        : []),
    ...(canImport(me) ? [{ to: IMPORT_PATH, label: t('imports.nav'), icon: <IconFileImport size={22} aria-hidden /> }] : []),
    ...(me.abilities.manageAccounts ? [{ to: '/tai-khoan', label: t('nav.accounts'), icon: <IconUsersGroup size={22} aria-hidden /> }] : []),
    ...(me.abilities.manageCycles
      ? [{ to: '/chu-ky', label: t('nav.cycles'), icon: <IconCalendarEvent size={22} aria-hidden />, also: ['/bo-quy-tac'] }]
      : []),
    ...(canManageCalendar(me) ? [{ to: CALENDAR_PATH, label: t('calendar.nav'), icon: <IconCalendarWeek size={22} aria-hidden /> }] : []),
  ]
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`))

  async function onSignOut() {
    close()
    await signOut()
    await navigate('/dang-nhap', { replace: true })
  }

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="md"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <UnstyledButton component={Link} to="/" onClick={close} aria-label={`${t('app.name')} — ${t('nav.home')}`}>
              <Group gap={8} wrap="nowrap">
                <IconStarFilled size={26} color="var(--mantine-color-red-9)" aria-hidden />
                <Text fw={700} size="xl" c="red.9" style={{ whiteSpace: 'nowrap' }}>
                  {t('app.name')}
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')} inert={phone && !opened}>
        <AppShell.Section grow>
          <Stack gap={4}>
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                end={item.to === '/' || item.exact}
                label={item.label}
                leftSection={item.icon}
                active={(item.exact ? pathname === item.to : isActive(item.to)) || Boolean(item.also?.some(isActive))}
                onClick={close}
                fw={500}
              />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Text size="sm" mb="xs">
            {t('nav.signedInAs', { name: me.account.displayName })}
          </Text>
          <NavLink
            component={RouterNavLink}
            to={SECURITY_PATH}
            label={t('nav.security')}
            leftSection={<IconShieldLock size={22} aria-hidden />}
            active={isActive(SECURITY_PATH)}
            onClick={close}
            fw={500}
            mb="xs"
          />
          <Button variant="default" fullWidth leftSection={<IconLogout size={20} aria-hidden />} onClick={() => void onSignOut()}>
            {t('nav.signOut')}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>

      <ScrollRestoration />
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Stack gap="lg" maw={960} mx="auto">
          {children}
        </Stack>
      </AppShell.Main>
    </AppShell>
  )
}
