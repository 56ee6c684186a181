// "Đánh giá các cấp": the reviews the server lets the caller see (their level and the levels below it), level by
// level from the lowest: each reviewer's total, the points per criterion (numbered as in the rubric above the
// tables), the comment or the conflict declared, and the level's average.
import { List, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NominationDetail } from '../api.ts'

export function ReviewsSection({ nomination }: { nomination: NominationDetail }) {
  const { t } = useTranslation()
  const rubric = nomination.rubric.criteria
  return (
    <Stack gap="sm" component="section" aria-labelledby="nomination-reviews-title">
      <Title order={2} id="nomination-reviews-title">
        {t('nominations.reviews.title')}
      </Title>
      {nomination.reviews.length === 0 ? (
        <Text>{t('nominations.reviews.none')}</Text>
      ) : (
        <>
          <List type="ordered" size="sm">
            {rubric.map((c) => (
              <List.Item key={c.key}>{t('nominations.review.criterion', { label: c.title, max: c.maxPoints })}</List.Item>
            ))}
          </List>
          {nomination.reviews.map((level) => {
            const name = t('nominations.reviews.tableLabel', { level: level.level.name })
            return (
              <Stack key={level.level.id} gap={4}>
                <Title order={3} size="h4">{level.level.name}</Title>
                <Text size="sm">{level.average === null ? t('nominations.reviews.noAverage') : t('nominations.reviews.average', { average: level.average })}</Text>
                <Table.ScrollContainer type="native" minWidth={640} tabIndex={0} role="region" aria-label={t('nominations.reviews.tableRegion', { name })}>
                  <Table withTableBorder striped verticalSpacing="xs" aria-label={name}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('nominations.reviews.reviewer')}</Table.Th>
                        <Table.Th scope="col">{t('nominations.reviews.total')}</Table.Th>
                        <Table.Th scope="col">{t('nominations.reviews.scores')}</Table.Th>
                        <Table.Th scope="col">{t('nominations.reviews.comment')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {level.reviews.map((r) => (
                        <Table.Tr key={r.id}>
                          <Table.Td>{r.reviewer}{r.mine ? ` ${t('nominations.reviews.mine')}` : ''}</Table.Td>
                          <Table.Td>{r.total ?? t('common.none')}</Table.Td>
                          <Table.Td>{r.scores ? rubric.map((c, i) => `${i + 1}. ${r.scores?.[c.key] ?? '—'}/${c.maxPoints}`).join('; ') : t('common.none')}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                            {r.conflict ? t('nominations.reviews.conflict', { note: r.conflictNote ?? '' }) : (r.comment ?? t('common.none'))}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            )
          })}
        </>
      )}
    </Stack>
  )
}
