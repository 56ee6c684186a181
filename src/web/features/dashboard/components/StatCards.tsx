// The unit's figures over its whole subtree, one card each in the order of the year; those that matter in the
// cycle's current status are marked (in words, not only by colour).
import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber, formatPercent } from '../../../components/format.ts'
import { FIGURES, type Figure } from '../stages.ts'
import { ratio, type UnitFigures } from '../totals.ts'

interface Value {
  value: number
  /** A share of the people, of the approved commitments or of the reviewed members. */
  share?: { of: 'ofPeople' | 'ofApproved' | 'ofReviewed'; value: number | null }
}

function values(f: UnitFigures, figure: Figure): Value {
  switch (figure) {
    case 'people': return { value: f.people }
    case 'registered': return { value: f.registered, share: { of: 'ofPeople', value: ratio(f.registered, f.people) } }
    case 'approved': return { value: f.approved, share: { of: 'ofPeople', value: ratio(f.approved, f.people) } }
    case 'progress': return { value: f.progressReported, share: { of: 'ofApproved', value: ratio(f.progressReported, f.approved) } }
    case 'selfAssessed': return { value: f.selfAssessed, share: { of: 'ofApproved', value: ratio(f.selfAssessed, f.approved) } }
    case 'reviewed': return { value: f.reviewed, share: { of: 'ofPeople', value: ratio(f.reviewed, f.people) } }
    case 'decided': return { value: f.decided, share: { of: 'ofReviewed', value: ratio(f.decided, f.reviewed) } }
  }
}

export function StatCards({ figures, focus }: { figures: UnitFigures; focus: readonly Figure[] }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" m={0} data-testid="dashboard-stats">
      {FIGURES.map((figure) => {
        const v = values(figures, figure)
        const focused = focus.includes(figure)
        return (
          <Paper key={figure} withBorder p="sm" radius="md" style={focused ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : undefined}>
            <Text component="dt" size="sm" c="dimmed">
              {t(`dashboard.stats.${figure}`)}
              {focused && (
                <Badge component="span" ml={6} size="sm" variant="light" color="blue">
                  {t('dashboard.focusBadge')}
                </Badge>
              )}
            </Text>
            <Group component="dd" m={0} gap="xs" align="baseline">
              <Text span fw={700} size="xl">
                {formatNumber(v.value)}
              </Text>
              {v.share && (
                <Text span size="sm">
                  {t(`dashboard.stats.${v.share.of}`, { percent: formatPercent(v.share.value) })}
                </Text>
              )}
            </Group>
          </Paper>
        )
      })}
    </SimpleGrid>
  )
}
