// "Ảnh": the story's photos in their order, each with its caption and credit, and a way to add one while there is
// room (twelve at most).
import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { STORY_LIMITS, STORY_PHOTO_MAX_BYTES } from '../../../../common/contracts/stories.ts'
import type { StoryDetail } from '../api.ts'
import { PhotoRow } from './PhotoRow.tsx'
import { PhotoUpload } from './PhotoUpload.tsx'

export function StoryPhotos({ story }: { story: StoryDetail }) {
  const { t } = useTranslation()
  const canEdit = story.abilities.edit
  const total = story.photos.length
  return (
    <Stack gap="sm" component="section" aria-labelledby="story-photos-title">
      <Title order={2} id="story-photos-title">{t('stories.photos.title')}</Title>
      {canEdit && <Text size="sm">{t('stories.photos.hint', { max: STORY_LIMITS.photosMax, mb: STORY_PHOTO_MAX_BYTES / 1024 / 1024 })}</Text>}
      {total === 0 ? (
        <Text>{t('stories.photos.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('stories.photos.listLabel')}>
          {story.photos.map((photo, i) => (
            <PhotoRow key={`${photo.id}:${photo.caption ?? ''}:${photo.credit ?? ''}`} storyId={story.id} photo={photo} n={i + 1} total={total} canEdit={canEdit} />
          ))}
        </Stack>
      )}
      {canEdit && (total < STORY_LIMITS.photosMax ? <PhotoUpload storyId={story.id} /> : <Text size="sm">{t('stories.photos.full', { max: STORY_LIMITS.photosMax })}</Text>)}
    </Stack>
  )
}
