import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconCopy, IconGavel, IconPencil } from '@tabler/icons-react'
import { Fragment, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { formatDateTime } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifyAndClose } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { usePublishRuleSetMutation, useRuleSet } from './api.ts'
import { CreateRuleSetModal } from './components/CreateRuleSetModal.tsx'
import { useEffectiveText } from './components/effective.ts'
import { RuleSetEditor } from './components/editor/RuleSetEditor.tsx'
import { RuleSetStatusBadge } from './components/RuleSetStatusBadge.tsx'
import { RuleSetView } from './components/RuleSetView.tsx'
import { BackLink, LoadFailure } from '../../components/BackLink.tsx'

type Dialog = 'publish' | 'newVersion'

export function RuleSetPage() {
  const { t } = useTranslation()
  const me = useMe()
  const effective = useEffectiveText()
  const { id = '' } = useParams()
  const query = useRuleSet(id)
  const publish = usePublishRuleSetMutation(id)
  const [editing, setEditing] = useState(false)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  usePageTitle(query.data?.name ?? t('rules.title'))

  const back = (
    <BackLink to="/bo-quy-tac">{t('rules.backToList')}</BackLink>
  )
  if (query.isPending) return <Loading />
  if (query.error) {
    return <LoadFailure back={back} title={t('rules.title')} error={query.error} onRetry={() => void query.refetch()} />
  }
  const ruleSet = query.data
  const close = () => setDialog(null)
  const cycles = [...ruleSet.usedByCycles].sort((a, b) => b.year - a.year)
  const usedBy: ReactNode = cycles.length
    ? cycles.map((c, i) => (
        <Fragment key={c.id}>
          {i > 0 && ', '}
          <Anchor component={Link} to={`/chu-ky/${c.id}`}>
            {c.year}
          </Anchor>
        </Fragment>
      ))
    : t('rules.usedByNone')
  const facts: [string, ReactNode][] = [
    [t('rules.code'), ruleSet.code],
    [t('rules.sourceDocument'), ruleSet.sourceDocument ?? t('common.none')],
    [t('rules.effective'), effective(ruleSet)],
    [t('rules.usedBy'), usedBy],
    [t('rules.createdAt'), formatDateTime(ruleSet.createdAt)],
  ]
  const canEdit = ruleSet.abilities.update && !editing

  return (
    <>
      {back}
      <Stack gap="xs">
        <Title order={1}>{ruleSet.name}</Title>
        <RuleSetStatusBadge status={ruleSet.status} />
      </Stack>
      <DefinitionList items={facts} />
      {ruleSet.status === 'published' && <Text>{t('rules.publishedNote')}</Text>}
      {!editing && (canEdit || ruleSet.abilities.publish || me.abilities.manageCycles) && (
        <Group gap="sm">
          {canEdit && (
            <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setEditing(true)}>
              {t('rules.edit')}
            </Button>
          )}
          {ruleSet.abilities.publish && (
            <Button leftSection={<IconGavel size={20} aria-hidden />} onClick={() => {
                publish.reset()
                setDialog('publish')
              }}>
              {t('rules.publish')}
            </Button>
          )}
          {me.abilities.manageCycles && (
            <Button variant="default" leftSection={<IconCopy size={20} aria-hidden />} onClick={() => setDialog('newVersion')}>
              {t('rules.newVersion')}
            </Button>
          )}
        </Group>
      )}
      {editing ? <RuleSetEditor ruleSet={ruleSet} onDone={() => setEditing(false)} /> : <RuleSetView content={ruleSet.content} />}
      {dialog === 'publish' && (
        <ConfirmModal
          title={t('rules.publishTitle', { name: ruleSet.name })}
          message={t('rules.publishConfirm', { name: ruleSet.name })}
          confirmLabel={t('rules.publish')}
          danger={false}
          onConfirm={() => publish.mutate(undefined, notifyAndClose((r) => t('rules.published', { name: r.name }), close))}
          onClose={close}
          loading={publish.isPending}
          error={publish.error}
        />
      )}
      {dialog === 'newVersion' && <CreateRuleSetModal copyFromId={ruleSet.id} onClose={close} />}
    </>
  )
}
