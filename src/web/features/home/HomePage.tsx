import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconBulb, IconCalendarEvent, IconChartBar, IconSitemap, IconUserSearch, IconUsersGroup } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { useLabels } from '../../components/labels.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { CommitmentShortcuts } from '../commitments/components/CommitmentShortcuts.tsx'
import { CurrentCycleCard } from '../cycles/components/CurrentCycleCard.tsx'
import { canUseDashboard } from '../dashboard/access.ts'
import { DASHBOARD_PATH } from '../dashboard/paths.ts'
import { canUseModels, MODELS_PATH } from '../models/paths.ts'
import { SHOWCASE_PATH } from '../showcase/paths.ts'
import { Shortcut } from './Shortcut.tsx'

export function HomePage() {
  const { t } = useTranslation()
  const me = useMe()
  const labels = useLabels()
  usePageTitle(t('home.title'))
  return (
    <>
      <Title order={1}>{t('home.greeting', { name: me.account.displayName })}</Title>

      <CurrentCycleCard />

      <Stack gap="sm" component="section" aria-labelledby="my-units">
        <Title order={2} id="my-units">
          {t('home.myUnits')}
        </Title>
        {me.grants.length === 0 ? (
          <Text>{t('home.noGrants')}</Text>
        ) : (
          <List listStyleType="none" spacing="sm" p={0}>
            {me.grants.map((grant) => (
              <List.Item key={grant.id}>
                <Card withBorder padding="md" radius="md">
                  <Stack gap={6}>
                    <Group gap="xs">
                      <Badge variant="filled" color="blue" size="lg">
                        {labels.role(grant.role)}
                      </Badge>
                      <Text size="sm">{labels.scope(grant.scope)}</Text>
                    </Group>
                    <Anchor component={Link} to={`/to-chuc/${grant.organization.id}`} fw={700} size="lg" className="row-link">
                      {grant.organization.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {labels.orgKind(grant.organization.kind)} · {grant.organization.code}
                    </Text>
                  </Stack>
                </Card>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="shortcuts">
        <Title order={2} id="shortcuts">
          {t('home.shortcuts')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CommitmentShortcuts />
          {canUseDashboard(me) && (
            <Shortcut to={DASHBOARD_PATH} icon={<IconChartBar size={28} />} title={t('dashboard.nav')} hint={t('dashboard.shortcutHint')} />
          )}
          {/* Staff work on models; everyone else reads the commended ones on the public showcase. */}
          {canUseModels(me) ? (
            <Shortcut to={MODELS_PATH} icon={<IconBulb size={28} />} title={t('models.nav')} hint={t('home.modelsHint')} />
          ) : (
            <Shortcut to={SHOWCASE_PATH} icon={<IconBulb size={28} />} title={t('home.showcase')} hint={t('home.showcaseHint')} />
          )}
          <Shortcut to="/to-chuc" icon={<IconSitemap size={28} />} title={t('nav.organizations')} hint={t('home.organizationsHint')} />
          {me.abilities.findPeople ? (
            <Shortcut to="/nguoi" icon={<IconUserSearch size={28} />} title={t('nav.people')} hint={t('home.peopleHint')} />
          ) : (
            me.person && <Shortcut to={`/nguoi/${me.person.id}`} icon={<IconUserSearch size={28} />} title={t('nav.myRecord')} hint={t('home.myRecordHint')} />
          )}
          {me.abilities.manageAccounts && (
            <Shortcut to="/tai-khoan" icon={<IconUsersGroup size={28} />} title={t('nav.accounts')} hint={t('home.accountsHint')} />
          )}
          {me.abilities.manageCycles && (
            <Shortcut to="/chu-ky" icon={<IconCalendarEvent size={28} />} title={t('nav.cycles')} hint={t('home.cyclesHint')} />
          )}
        </SimpleGrid>
      </Stack>
    </>
  )
}
