// One published story (no account), as a newspaper prints it and readable on a 390 px phone: the article, its photos
// from their small copies with the full size on click, the model it is about (linked to its showcase page when that
// page is public), the tags (each lists the stories with it), and sharing without third-party scripts.
import { Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { BackLink, LoadFailure } from '../../../components/BackLink.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { ShareButtons } from '../../showcase/public/components/ShareButtons.tsx'
import { showcaseModelPath } from '../../showcase/paths.ts'
import { ArticleView } from '../components/ArticleView.tsx'
import { PUBLIC_STORIES_PATH, publicStoryPhotoUrl } from '../paths.ts'
import { usePublicStory } from './publicApi.ts'

function Back() {
  const { t } = useTranslation()
  return <BackLink to={PUBLIC_STORIES_PATH}>{t('stories.public.back')}</BackLink>
}

export function PublicStoryPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = usePublicStory(id)
  const story = query.data
  usePageTitle(story?.title ?? t('stories.public.title'))

  if (query.isPending) return <Loading />
  if (query.error) return <LoadFailure back={<Back />} title={t('stories.public.title')} error={query.error} onRetry={() => void query.refetch()} />
  if (!story) {
    return (
      <>
        <Back />
        <Title order={1}>{t('stories.public.title')}</Title>
        <Text>{t('stories.public.notFound')}</Text>
      </>
    )
  }
  return (
    <>
      <Back />
      <ArticleView
        article={{ ...story, unitName: story.unit.name }}
        photoUrl={(photoId, thumb) => publicStoryPhotoUrl(story.id, photoId, thumb)}
        model={story.model ? { title: story.model.title, href: story.model.id ? showcaseModelPath(story.model.id) : null } : null}
        tagHref={(tag) => `${PUBLIC_STORIES_PATH}?tag=${encodeURIComponent(tag)}`}
      />
      <ShareButtons title={story.title} />
    </>
  )
}
