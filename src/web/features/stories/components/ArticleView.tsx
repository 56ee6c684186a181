// A story as its readers see it, newspaper-like and readable on a 390 px phone: the title, the unit and the date, the
// byline, the lead in bold, the first photo, the body (sanitized HTML from the server), the other photos, the model it
// is about and the tags. Used by the public page and by the editor's preview (both show what the server saved).
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate } from '../../../components/format.ts'
import { RichTextView } from '../../../components/RichTextView.tsx'
import { todayIso } from '../../../../common/dates.ts'
import { ArticlePhoto, type ArticlePhotoData } from './ArticlePhoto.tsx'

export interface ArticleData {
  title: string
  byline: string | null
  lead: string
  body: string
  tags: string[]
  unitName: string
  publishedAt: string | null
  photos: ArticlePhotoData[]
}

export function ArticleView({ article, photoUrl, model, tagHref, headingLevel = 1 }: {
  article: ArticleData
  photoUrl: (photoId: string, thumb: boolean) => string
  /** The model it is about: a link when its page can be opened. */
  model?: { title: string; href: string | null } | null
  /** Tags as links (the public list filtered by the tag), else plain badges. */
  tagHref?: (tag: string) => string
  headingLevel?: 1 | 2
}) {
  const { t } = useTranslation()
  const [first, ...rest] = article.photos
  const photo = (p: ArticlePhotoData) => <ArticlePhoto key={p.id} photo={p} n={article.photos.indexOf(p) + 1} url={(thumb) => photoUrl(p.id, thumb)} />
  const date = article.publishedAt ? t('stories.article.publishedOn', { date: formatDate(todayIso(new Date(article.publishedAt))) }) : t('stories.article.draft')
  let tags: ReactNode = null
  if (article.tags.length) {
    tags = (
      <Group gap="xs" component="ul" aria-label={t('stories.article.tags')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {article.tags.map((tag) => (
          <li key={tag}>
            {tagHref ? (
              <Anchor component={Link} to={tagHref(tag)} aria-label={t('stories.public.tagLink', { tag })} className="row-link">#{tag}</Anchor>
            ) : (
              <Badge component="span" variant="outline" color="dark">{tag}</Badge>
            )}
          </li>
        ))}
      </Group>
    )
  }
  return (
    <Stack component="article" gap="md" maw={720} style={{ overflowWrap: 'anywhere' }}>
      <Stack gap={4}>
        <Title order={headingLevel} lh={1.3}>{article.title}</Title>
        <Text size="sm" c="gray.7">{article.unitName} · {date}</Text>
      </Stack>
      {article.byline && <Text fw={700}>{article.byline}</Text>}
      <Text fw={700} size="lg" lh={1.55}>{article.lead}</Text>
      {first && photo(first)}
      {article.body && <RichTextView html={article.body} />}
      {rest.map(photo)}
      {model && (
        <Text>
          {t('stories.article.about')}{' '}
          {model.href ? <Anchor component={Link} to={model.href} fw={500}>{model.title}</Anchor> : <Text component="span" fw={500}>{model.title}</Text>}
        </Text>
      )}
      {tags}
    </Stack>
  )
}
