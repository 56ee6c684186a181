// "Thang điểm": the scoring rubrics of nominations, the latest to take effect first (the server's order) — name, code,
// period in force, status and the nominations scored on each; "Tạo phiên bản mới" for administrators.
import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCopy } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatNumber } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { AreaNav } from '../models/components/AreaNav.tsx'
import { useRubrics, type RubricSummary } from './api.ts'
import { CreateRubricModal } from './components/CreateRubricModal.tsx'
import { useEffectiveText } from './components/effective.ts'
import { RubricStatusBadge } from './components/RubricStatusBadge.tsx'
import { canManageRubrics, rubricPath } from './paths.ts'

function RubricRow({ rubric }: { rubric: RubricSummary }) {
  const { t } = useTranslation()
  const effective = useEffectiveText()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={rubricPath(rubric.id)} fw={700} size="lg" className="row-link" underline="hover" style={{ overflowWrap: 'anywhere' }}>
            {rubric.name}
          </Anchor>
          <RubricStatusBadge status={rubric.status} />
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('rubrics.code')}: <strong>{rubric.code}</strong>
          {rubric.sourceDocument && ` · ${rubric.sourceDocument}`}
        </Text>
        <Text size="sm">
          {t('rubrics.effective')}: {effective(rubric)}
        </Text>
        <Text size="sm">
          {t('rubrics.usedBy')}: {rubric.usedByNominations > 0 ? t('rubrics.usedByCount', { n: formatNumber(rubric.usedByNominations) }) : t('rubrics.usedByNone')}
        </Text>
      </Stack>
    </Paper>
  )
}

export function RubricsPage() {
  const { t } = useTranslation()
  usePageTitle(t('rubrics.title'))
  const me = useMe()
  const rubrics = useRubrics()
  const [creating, setCreating] = useState(false)
  const items = rubrics.data?.items ?? []

  return (
    <>
      <AreaNav />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('rubrics.title')}</Title>
        {canManageRubrics(me) && items.length > 0 && (
          <Button leftSection={<IconCopy size={20} aria-hidden />} onClick={() => setCreating(true)}>
            {t('rubrics.newVersion')}
          </Button>
        )}
      </Group>
      <Text>{t('rubrics.intro')}</Text>
      {rubrics.isPending ? (
        <Loading />
      ) : rubrics.error ? (
        <ErrorState error={rubrics.error} onRetry={() => void rubrics.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('rubrics.none')}</Text>
      ) : (
        <Box component="ul" aria-label={t('rubrics.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {items.map((rubric) => (
            <RubricRow key={rubric.id} rubric={rubric} />
          ))}
        </Box>
      )}
      {creating && <CreateRubricModal onClose={() => setCreating(false)} />}
    </>
  )
}
