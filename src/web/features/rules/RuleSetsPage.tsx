import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCopy } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useRuleSets, type RuleSetSummary } from './api.ts'
import { CreateRuleSetModal } from './components/CreateRuleSetModal.tsx'
import { useEffectiveText } from './components/effective.ts'
import { RuleSetStatusBadge } from './components/RuleSetStatusBadge.tsx'
import { BackLink } from '../../components/BackLink.tsx'

function RuleSetRow({ ruleSet }: { ruleSet: RuleSetSummary }) {
  const { t } = useTranslation()
  const effective = useEffectiveText()
  const years = ruleSet.usedByCycles.map((c) => c.year).sort((a, b) => b - a)
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Anchor component={Link} to={`/bo-quy-tac/${ruleSet.id}`} fw={700} size="lg" className="row-link" underline="hover">
            {ruleSet.name}
          </Anchor>
          <RuleSetStatusBadge status={ruleSet.status} />
        </Group>
        <Text size="sm">
          {t('rules.code')}: <strong>{ruleSet.code}</strong>
          {ruleSet.sourceDocument && ` · ${ruleSet.sourceDocument}`}
        </Text>
        <Text size="sm">
          {t('rules.effective')}: {effective(ruleSet)}
        </Text>
        <Text size="sm">
          {t('rules.usedBy')}: {years.length ? years.join(', ') : t('rules.usedByNone')}
        </Text>
      </Stack>
    </Paper>
  )
}

export function RuleSetsPage() {
  const { t } = useTranslation()
  usePageTitle(t('rules.title'))
  const me = useMe()
  const ruleSets = useRuleSets()
  const [creating, setCreating] = useState(false)
  const items = ruleSets.data?.items ?? []

  return (
    <>
      <BackLink to="/chu-ky">{t('rules.backToCycles')}</BackLink>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('rules.title')}</Title>
        {me.abilities.manageCycles && items.length > 0 && (
          <Button leftSection={<IconCopy size={20} aria-hidden />} onClick={() => setCreating(true)}>
            {t('rules.newVersion')}
          </Button>
        )}
      </Group>
      <Text>{t('rules.intro')}</Text>
      {ruleSets.isPending ? (
        <Loading />
      ) : ruleSets.error ? (
        <ErrorState error={ruleSets.error} onRetry={() => void ruleSets.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('rules.none')}</Text>
      ) : (
        <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {items.map((ruleSet) => (
            <RuleSetRow key={ruleSet.id} ruleSet={ruleSet} />
          ))}
        </Box>
      )}
      {creating && <CreateRuleSetModal onClose={() => setCreating(false)} />}
    </>
  )
}
