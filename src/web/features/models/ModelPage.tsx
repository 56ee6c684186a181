// One exemplary model: its badges (kind, area, movement, state), who and where it is, the summary, the story (edited
// with the rich-text editor), the measurable results, its nominations, the photos with captions and credits and the
// evidence (inside the organization), the person's consent, its publication on the showcase, how far it spread, and
// the stories about it. What the account may do comes from the model's `abilities`.
import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { todayIso } from '../../../common/dates.ts'
import { isApiError } from '../../api/client.ts'
import { BackLink } from '../../components/BackLink.tsx'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifySuccess } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useDeleteModelMutation, useModel, type ModelDetail } from './api.ts'
import { AdoptionsSection } from './components/AdoptionsSection.tsx'
import { ConsentSection } from './components/ConsentSection.tsx'
import { EditModelModal } from './components/EditModelModal.tsx'
import { FilesSection } from './components/FilesSection.tsx'
import { ModelBadges } from './components/ModelBadges.tsx'
import { PublicationSection } from './components/PublicationSection.tsx'
import { StorySection } from './components/StorySection.tsx'
import { MODELS_PATH } from './paths.ts'
import { ModelNominations } from '../nominations/components/ModelNominations.tsx'
import { ModelStories } from '../stories/components/ModelStories.tsx'

function Details({ model }: { model: ModelDetail }) {
  const { t } = useTranslation()
  const items: [string, ReactNode][] = [
    [t('models.page.unit'), model.organization.name],
    ...(model.person ? [[t('models.page.person'), model.person.fullName] as [string, ReactNode]] : []),
    [t('models.page.area'), t(`models.areaLong.${model.area}`)],
    [t('models.page.movement'), model.movement?.name ?? t('models.page.noMovement')],
    [t('models.page.commended'), model.commendedYear !== null ? t('models.page.commendedIn', { year: model.commendedYear }) : t('models.page.notCommended')],
    [t('models.page.origin'), t(`models.origin.${model.origin}`)],
    [t('models.page.createdAt'), formatDate(todayIso(new Date(model.createdAt)))],
  ]
  return (
    <Stack gap="xs" component="section" aria-labelledby="model-details-title">
      <Title order={2} id="model-details-title">
        {t('models.page.details')}
      </Title>
      <Text size="lg" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{model.summary}</Text>
      <DefinitionList items={items} />
    </Stack>
  )
}

function Results({ model }: { model: ModelDetail }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" component="section" aria-labelledby="model-results-title">
      <Title order={2} id="model-results-title">
        {t('models.page.results')}
      </Title>
      {model.results ? <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{model.results}</Text> : <Text c="dimmed">{t('models.page.noResults')}</Text>}
    </Stack>
  )
}

export function ModelPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id = '' } = useParams()
  const query = useModel(id)
  const remove = useDeleteModelMutation(id)
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null)
  usePageTitle(query.data?.title ?? t('models.page.title'))
  const back = <BackLink to={query.data ? `${MODELS_PATH}?org=${query.data.organization.id}` : MODELS_PATH}>{t('models.page.back')}</BackLink>

  if (query.isPending) return <Loading />
  if (query.error) {
    const lasting = isApiError(query.error) && [403, 404, 422].includes(query.error.status)
    return (
      <>
        {back}
        <Title order={1}>{t('models.page.title')}</Title>
        <ErrorState error={query.error} onRetry={lasting ? undefined : () => void query.refetch()} />
      </>
    )
  }
  const model = query.data
  return (
    <>
      {back}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>{model.title}</Title>
        <Group gap="sm">
          {model.abilities.edit && (
            <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setOpen('edit')}>
              {t('models.page.edit')}
            </Button>
          )}
          {model.abilities.delete && (
            <Button variant="outline" color="red.9" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setOpen('delete')}>
              {t('models.page.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <ModelBadges model={model} />
      <Details model={model} />
      <StorySection model={model} />
      <ModelNominations modelId={model.id} canNominate={model.abilities.edit} />
      <Results model={model} />
      <FilesSection model={model} role="photo" />
      {(model.abilities.edit || model.evidence.length > 0) && <FilesSection model={model} role="evidence" />}
      <ConsentSection model={model} />
      <PublicationSection model={model} />
      <AdoptionsSection model={model} />
      <ModelStories modelId={model.id} canWrite={model.abilities.edit} modelTitle={model.title} />
      {open === 'edit' && <EditModelModal model={model} onClose={() => setOpen(null)} />}
      {open === 'delete' && (
        <ConfirmModal
          title={t('models.page.deleteTitle')}
          message={t('models.page.deleteMessage', { title: model.title })}
          confirmLabel={t('models.page.delete')}
          onConfirm={() => remove.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t('models.page.deleted'))
              void navigate(`${MODELS_PATH}?org=${model.organization.id}`, { replace: true })
            },
          })}
          onClose={() => {
            remove.reset()
            setOpen(null)
          }}
          loading={remove.isPending}
          error={remove.error}
        />
      )}
    </>
  )
}
