// One exemplary commitment: the leader, unit and year, the items by area, the comments by source, my comment (when
// I may comment) and "Thôi công khai" for the leader.
import { Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { formatDay, useExemplary } from './api.ts'
import { CommentForm } from './components/CommentForm.tsx'
import { ExemplaryComments } from './components/ExemplaryComments.tsx'
import { ExemplaryItems } from './components/ExemplaryItems.tsx'
import { ScopeBadge } from './components/ScopeBadge.tsx'
import { UnpublishButton } from './components/UnpublishButton.tsx'
import { BackLink } from '../../components/BackLink.tsx'

function Back() {
  const { t } = useTranslation()
  return (
    <BackLink to="/neu-guong">{t('exemplary.back')}</BackLink>
  )
}

export function ExemplaryPage() {
  const { t } = useTranslation()
  const { commitmentId = '' } = useParams()
  const query = useExemplary(commitmentId)
  const x = query.data
  usePageTitle(x ? t('exemplary.pageTitle', { name: x.person.fullName }) : t('exemplary.title'))

  if (query.isPending) return <Loading />
  if (query.error || !x) {
    return (
      <>
        <Back />
        <Title order={1}>{t('exemplary.title')}</Title>
        {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : <Text>{t('exemplary.notPublished')}</Text>}
      </>
    )
  }
  const none = t('common.none')
  const identity: [string, ReactNode][] = [
    [t('exemplary.fullName'), x.person.fullName],
    [t('exemplary.position'), x.person.position ?? none],
    [t('exemplary.unit'), x.organization.name],
    [t('exemplary.year'), String(x.year)],
    [t('exemplary.scopeLabel'), <ScopeBadge key="scope" scope={x.scope} />],
    [t('exemplary.publishedAt'), formatDay(x.publishedAt)],
  ]

  return (
    <>
      <Back />
      <Title order={1}>{t('exemplary.pageTitle', { name: x.person.fullName })}</Title>
      <Stack gap="xs" component="section" aria-labelledby="exemplary-leader">
        <Title order={2} id="exemplary-leader">
          {t('exemplary.leader')}
        </Title>
        <DefinitionList items={identity} />
        {x.abilities.unpublish && (
          <Group mt="xs">
            <UnpublishButton commitmentId={x.commitmentId} />
          </Group>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="exemplary-items">
        <Title order={2} id="exemplary-items">
          {t('exemplary.items')}
        </Title>
        <ExemplaryItems items={x.items} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="exemplary-comments">
        <Title order={2} id="exemplary-comments">
          {t('exemplary.comments', { n: x.comments.length })}
        </Title>
        <ExemplaryComments comments={x.comments} />
      </Stack>
      {x.abilities.comment && <CommentForm key={x.commitmentId} exemplary={x} />}
    </>
  )
}
