// "Góp ý của tôi": the source (a colleague; the residence party cell, offered to secretaries — the server decides),
// then the four parts of the comment. One comment per author: writing again replaces it, so mine is filled in.
import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../../api/session.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { nullableText } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { COMMENT_PARTS, COMMENT_SOURCE_VALUES, useCommentMutation, type CommentPart, type CommentSource, type Exemplary } from '../api.ts'

type Parts = Record<CommentPart, string>

export function CommentForm({ exemplary }: { exemplary: Exemplary }) {
  const { t } = useTranslation()
  const me = useMe()
  const mutation = useCommentMutation(exemplary.commitmentId)
  // The comments name their author by display name: the closest match to "mine" the answer allows.
  const mine = exemplary.comments.find((c) => c.author === me.account.displayName)
  const sources = COMMENT_SOURCE_VALUES.filter((s) => s === 'colleague' || me.grants.some((g) => g.role === 'secretary'))
  const [source, setSource] = useState<CommentSource>(mine && sources.includes(mine.source) ? mine.source : sources[0])
  const [parts, setParts] = useState<Parts>(() => ({
    strengths: mine?.strengths ?? '', weaknesses: mine?.weaknesses ?? '', exemplary: mine?.exemplary ?? '', suggestions: mine?.suggestions ?? '',
  }))
  const [empty, setEmpty] = useState(false)
  const first = useRef<HTMLTextAreaElement>(null)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const tooShort = !COMMENT_PARTS.some((p) => parts[p].trim().length >= 5)
    setEmpty(tooShort)
    if (tooShort) {
      first.current?.focus()
      return
    }
    const body = { source, ...Object.fromEntries(COMMENT_PARTS.map((p) => [p, nullableText(parts[p])])) }
    mutation.mutate(body, { onSuccess: () => notifySuccess(t('exemplary.commentSaved')) })
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-labelledby="exemplary-my-comment">
        <Stack gap="md">
          <Title order={2} id="exemplary-my-comment">
            {t('exemplary.myComment')}
          </Title>
          <Text>{t('exemplary.myCommentIntro')}</Text>
          <FormError error={mutation.error} fields={['strengths']} />
          <Radio.Group label={t('exemplary.sourceLabel')} required value={source} onChange={(v) => setSource(v as CommentSource)}>
            <Group gap="lg" mt="xs">
              {sources.map((s) => (
                <Radio key={s} value={s} label={t(`exemplary.source.${s}`)} />
              ))}
            </Group>
          </Radio.Group>
          {empty && (
            <Text c="red.8" fw={500} role="alert">
              {t('exemplary.commentEmpty')}
            </Text>
          )}
          {COMMENT_PARTS.map((part, i) => (
            <Textarea
              key={part}
              ref={i === 0 ? first : undefined}
              label={t(`exemplary.part.${part}`)}
              description={t(`exemplary.partHint.${part}`)}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={4000}
              value={parts[part]}
              onChange={(e) => {
                const value = e.currentTarget.value
                setParts((old) => ({ ...old, [part]: value }))
              }}
              error={empty}
            />
          ))}
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {t('exemplary.sendComment')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
