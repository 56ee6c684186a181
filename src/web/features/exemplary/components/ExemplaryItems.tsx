// The items of an exemplary commitment under their area's heading, in the form's order: what will be done, its
// concrete product and its deadline.
import { Box, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../components/format.ts'
import { groupByArea, useCommitmentLabels } from '../../commitments/components/commitmentLabels.ts'
import type { Exemplary } from '../api.ts'

export function ExemplaryItems({ items }: { items: Exemplary['items'] }) {
  const { t } = useTranslation()
  const labels = useCommitmentLabels()
  if (items.length === 0) return <Text>{t('exemplary.noItems')}</Text>
  return (
    <Stack gap="lg">
      {groupByArea(items).map((group) => (
        <Stack gap="xs" key={group.area}>
          <Title order={3}>{labels.area(group.area)}</Title>
          <Box component="ol" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
            {group.items.map((item, i) => (
              <Paper component="li" key={i} withBorder p="md" radius="md">
                <Stack gap={6}>
                  <Text fw={500} style={{ whiteSpace: 'pre-line' }}>
                    {item.content}
                  </Text>
                  <Text>
                    <Text span fw={700}>{t('exemplary.target')}:</Text> {item.target}
                  </Text>
                  <Text>
                    <Text span fw={700}>{t('exemplary.deadline')}:</Text> <time dateTime={item.deadline}>{formatDate(item.deadline)}</time>
                  </Text>
                </Stack>
              </Paper>
            ))}
          </Box>
        </Stack>
      ))}
    </Stack>
  )
}
