// The items under their area's heading, in the form's order: what will be done, its concrete product, its deadline,
// and once reported its mid-year progress and year-end result.
import { Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../components/format.ts'
import type { CommitmentItemInput } from '../api.ts'
import { groupByArea, useCommitmentLabels } from './commitmentLabels.ts'
import { ItemOutcome, type Outcome } from './ItemOutcome.tsx'

export type ShownItem = CommitmentItemInput & Outcome & { key: string; carriedOver?: boolean }

export function ItemsByArea({ items, actions, headingLevel = 3 }: {
  /** Already sorted by area (sortByArea): the position in this list is the item's number. */
  items: readonly ShownItem[]
  /** Buttons under an item (the editor's "Sửa", "Xóa"), given its number from 1. */
  actions?: (item: ShownItem, n: number) => ReactNode
  headingLevel?: 2 | 3 | 4
}) {
  const { t } = useTranslation()
  const labels = useCommitmentLabels()
  const number = new Map(items.map((item, i) => [item.key, i + 1]))
  return (
    <Stack gap="lg">
      {groupByArea(items).map((group) => (
        <Stack gap="xs" key={group.area}>
          <Title order={headingLevel}>{labels.area(group.area)}</Title>
          <Box component="ol" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
            {group.items.map((item) => {
              const n = number.get(item.key) ?? 0
              return (
                <Paper component="li" key={item.key} withBorder p="md" radius="md">
                  <Stack gap={6}>
                    <Text fw={500} style={{ whiteSpace: 'pre-line' }}>
                      {item.content}
                    </Text>
                    <Text>
                      <Text span fw={700}>{t('commitments.target')}:</Text> {item.target}
                    </Text>
                    <Group gap="xs">
                      <Text>
                        <Text span fw={700}>{t('commitments.deadline')}:</Text>{' '}
                        <time dateTime={item.deadline}>{formatDate(item.deadline)}</time>
                      </Text>
                      {item.carriedOver && <Badge variant="outline" color="gray">{t('commitments.carriedOver')}</Badge>}
                    </Group>
                    <ItemOutcome item={item} n={n} />
                    {actions && <Group gap="sm" mt={4}>{actions(item, n)}</Group>}
                  </Stack>
                </Paper>
              )
            })}
          </Box>
        </Stack>
      ))}
    </Stack>
  )
}
