// One scoring rubric: its facts, then its criteria per area. A draft is edited in place and published by
// administrators (the rubric's `abilities`); a published one is read only and says how many nominations use it.
// "Tạo phiên bản mới" copies it into a new draft.
import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconCopy, IconGavel, IconPencil } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { BackLink, LoadFailure } from '../../components/BackLink.tsx'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { formatDateTime, formatNumber } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifyAndClose } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { usePublishRubricMutation, useRubric } from './api.ts'
import { CreateRubricModal } from './components/CreateRubricModal.tsx'
import { useEffectiveText } from './components/effective.ts'
import { RubricEditor } from './components/editor/RubricEditor.tsx'
import { RubricStatusBadge } from './components/RubricStatusBadge.tsx'
import { RubricView } from './components/RubricView.tsx'
import { canManageRubrics, RUBRICS_PATH } from './paths.ts'

type Dialog = 'publish' | 'newVersion'

export function RubricPage() {
  const { t } = useTranslation()
  const me = useMe()
  const effective = useEffectiveText()
  const { id = '' } = useParams()
  const query = useRubric(id)
  const publish = usePublishRubricMutation(id)
  const [editing, setEditing] = useState(false)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  usePageTitle(query.data?.name ?? t('rubrics.title'))

  const back = <BackLink to={RUBRICS_PATH}>{t('rubrics.backToList')}</BackLink>
  if (query.isPending) return <Loading />
  if (query.error) {
    return <LoadFailure back={back} title={t('rubrics.title')} error={query.error} onRetry={() => void query.refetch()} />
  }
  const rubric = query.data
  const close = () => setDialog(null)
  const used = rubric.usedByNominations
  const facts: [string, ReactNode][] = [
    [t('rubrics.code'), rubric.code],
    [t('rubrics.sourceDocument'), rubric.sourceDocument ?? t('common.none')],
    [t('rubrics.effective'), effective(rubric)],
    [t('rubrics.createdAt'), formatDateTime(rubric.createdAt)],
  ]
  const canEdit = rubric.abilities.update && !editing
  const canCopy = canManageRubrics(me)

  return (
    <>
      {back}
      <Stack gap="xs">
        <Title order={1}>{rubric.name}</Title>
        <RubricStatusBadge status={rubric.status} />
      </Stack>
      <DefinitionList items={facts} />
      {rubric.status === 'published' && (
        <Stack gap={4}>
          <Text fw={500}>{t('rubrics.inUse', { n: formatNumber(used) })}</Text>
          <Text>{t('rubrics.publishedNote')}</Text>
        </Stack>
      )}
      {!editing && (canEdit || rubric.abilities.publish || canCopy) && (
        <Group gap="sm">
          {canEdit && (
            <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setEditing(true)}>
              {t('rubrics.edit')}
            </Button>
          )}
          {rubric.abilities.publish && (
            <Button
              leftSection={<IconGavel size={20} aria-hidden />}
              onClick={() => {
                publish.reset()
                setDialog('publish')
              }}
            >
              {t('rubrics.publish')}
            </Button>
          )}
          {canCopy && (
            <Button variant="default" leftSection={<IconCopy size={20} aria-hidden />} onClick={() => setDialog('newVersion')}>
              {t('rubrics.newVersion')}
            </Button>
          )}
        </Group>
      )}
      {editing ? <RubricEditor rubric={rubric} onDone={() => setEditing(false)} /> : <RubricView content={rubric.content} />}
      {dialog === 'publish' && (
        <ConfirmModal
          title={t('rubrics.publishTitle', { name: rubric.name })}
          message={t('rubrics.publishConfirm', { name: rubric.name, period: effective(rubric) })}
          confirmLabel={t('rubrics.publish')}
          danger={false}
          onConfirm={() => publish.mutate(undefined, notifyAndClose((r) => t('rubrics.published', { name: r.name }), close))}
          onClose={close}
          loading={publish.isPending}
          error={publish.error}
        />
      )}
      {dialog === 'newVersion' && <CreateRubricModal copyFromId={rubric.id} onClose={close} />}
    </>
  )
}
