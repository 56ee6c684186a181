// The comments on an exemplary commitment, grouped by where they come from (colleagues, the residence party cell),
// each with its four parts: strengths, shortcomings, the example set, suggestions.
import { Box, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { formatDateTime } from '../../../components/format.ts'
import { COMMENT_PARTS, COMMENT_SOURCE_VALUES, type ExemplaryComment } from '../api.ts'

function Comment({ comment }: { comment: ExemplaryComment }) {
  const { t } = useTranslation()
  const parts = COMMENT_PARTS.flatMap((part) => {
    const text = comment[part]
    return text ? [[t(`exemplary.part.${part}`), <span key={part} style={{ whiteSpace: 'pre-line' }}>{text}</span>] as const] : []
  })
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Text fw={700}>
          {t('exemplary.commentMeta', { author: comment.author, date: formatDateTime(comment.at) })}
        </Text>
        <DefinitionList items={parts} />
      </Stack>
    </Paper>
  )
}

export function ExemplaryComments({ comments }: { comments: readonly ExemplaryComment[] }) {
  const { t } = useTranslation()
  if (comments.length === 0) return <Text>{t('exemplary.noComments')}</Text>
  const groups = COMMENT_SOURCE_VALUES.map((source) => ({ source, comments: comments.filter((c) => c.source === source) })).filter((g) => g.comments.length > 0)
  return (
    <Stack gap="lg">
      {groups.map((group) => (
        <Stack gap="xs" key={group.source}>
          <Title order={3}>
            {t(`exemplary.source.${group.source}`)} ({group.comments.length})
          </Title>
          <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
            {group.comments.map((c) => (
              <Comment key={c.id} comment={c} />
            ))}
          </Box>
        </Stack>
      ))}
    </Stack>
  )
}
