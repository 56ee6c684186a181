// The stories about a model (those of the units I read), for the model's page: each links to its editor; "Viết bài
// về gương này" opens a new draft linked to the model. Wired into the model page by the models feature.
import { Button, Group, Stack, Title } from '@mantine/core'
import { IconPencilPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { PagedList } from '../../../components/PagedList.tsx'
import { useStories, type StoryListItem } from '../api.ts'
import { storyPath } from '../paths.ts'
import { CreateStoryModal } from './CreateStoryModal.tsx'
import { StoryCard } from './StoryCard.tsx'

export function ModelStories({ modelId, canWrite, modelTitle }: {
  modelId: string
  /** May write stories (the model page's abilities): shows "Viết bài về gương này". */
  canWrite: boolean
  /** Shown in the new story's dialog; optional. */
  modelTitle?: string
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [writing, setWriting] = useState(false)
  const list = useStories({ model: modelId })
  return (
    <Stack gap="sm" component="section" aria-labelledby={`model-stories-${modelId}`}>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} id={`model-stories-${modelId}`}>{t('stories.model.title')}</Title>
        {canWrite && (
          <Button variant="outline" leftSection={<IconPencilPlus size={20} aria-hidden />} onClick={() => setWriting(true)}>
            {t('stories.model.write')}
          </Button>
        )}
      </Group>
      <PagedList<StoryListItem> query={list} label={t('stories.model.title')} empty={t('stories.model.empty')} render={(item) => <StoryCard key={item.id} item={item} />} />
      {writing && (
        <CreateStoryModal
          model={{ id: modelId, title: modelTitle ?? '' }}
          onClose={() => setWriting(false)}
          onCreated={(detail) => void navigate(storyPath(detail.id))}
        />
      )}
    </Stack>
  )
}
