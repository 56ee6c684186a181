// A plan's items as a nested list (sub-items under their item): title, kind, status, late, progress rolled up, owner,
// due date, where an accepted item came from, and how far its hand-downs have gone.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core'
import { IconArrowDownRight, IconArrowUpLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate } from '../../../components/format.ts'
import type { PlanItem } from '../api.ts'
import { planItemPath } from '../paths.ts'
import { KindBadge, LateBadge, PlanStatusBadge, ProgressBar } from './PlanBadges.tsx'

function ItemRow({ item }: { item: PlanItem }) {
  const { t } = useTranslation()
  const owner = [item.ownerOrg?.name, item.ownerPerson?.name].filter(Boolean).join(' — ')
  const h = item.handDowns
  const handedDown = h.pending + h.accepted + h.declined > 0
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Anchor component={Link} to={planItemPath(item.id)} fw={700} className="row-link" underline="hover" style={{ overflowWrap: 'anywhere', flex: 1, minWidth: '14rem' }}>
          {item.title}
        </Anchor>
        <Group gap="xs">
          <KindBadge kind={item.kind} />
          <PlanStatusBadge status={item.status} />
          {item.late && <LateBadge />}
        </Group>
      </Group>
      <ProgressBar value={item.progress} done={item.status === 'done'} label={t('plans.item.progressLabel', { title: item.title, n: item.progress })} />
      <Text size="sm">
        {[
          owner ? t('plans.item.ownerLine', { owner }) : null,
          item.dueOn ? t('plans.item.dueLine', { date: formatDate(item.dueOn) }) : null,
          item.fromChildren ? t('plans.item.fromChildren') : null,
          !item.inRollup || item.weight === 0 ? t('plans.item.notCounted') : t('plans.item.weightLine', { n: item.weight }),
        ].filter(Boolean).join(' · ')}
      </Text>
      {item.source && (
        <Group gap={6} wrap="nowrap">
          <IconArrowUpLeft size={18} aria-hidden />
          <Text size="sm">{t('plans.item.fromAbove', { org: item.source.organization.name })}</Text>
        </Group>
      )}
      {handedDown && (
        <Group gap={6} wrap="nowrap">
          <IconArrowDownRight size={18} aria-hidden />
          <Text size="sm">{t('plans.item.handDownLine', { accepted: h.accepted, pending: h.pending, declined: h.declined })}</Text>
        </Group>
      )}
    </Stack>
  )
}

function Branch({ items, parent, byParent, label }: { items: PlanItem[]; parent: string | null; byParent: Map<string | null, PlanItem[]>; label?: string }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item) => (
        <Paper component="li" key={item.id} withBorder p="sm" radius="md" ml={parent ? 'md' : 0}>
          <ItemRow item={item} />
          {(byParent.get(item.id) ?? []).length > 0 && (
            <Stack mt="xs">
              <Branch items={byParent.get(item.id) ?? []} parent={item.id} byParent={byParent} />
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  )
}

/** The items arrive in tree order: each under its parent. */
export function ItemTree({ items, label }: { items: PlanItem[]; label: string }) {
  const ids = new Set(items.map((i) => i.id))
  const byParent = new Map<string | null, PlanItem[]>()
  for (const item of items) {
    const key = item.parentId && ids.has(item.parentId) ? item.parentId : null
    byParent.set(key, [...(byParent.get(key) ?? []), item])
  }
  return <Branch items={byParent.get(null) ?? []} parent={null} byParent={byParent} label={label} />
}
