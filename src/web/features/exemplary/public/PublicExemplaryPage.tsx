// One exemplary commitment published to the public (no account): the leader, position, unit, year and the cycle's
// theme, then the items under their area's heading. Comments stay inside the organization and are not shown here.
import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { BackLink, LoadFailure } from '../../../components/BackLink.tsx'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { formatDay } from '../api.ts'
import { ExemplaryItems } from '../components/ExemplaryItems.tsx'
import { PUBLIC_EXEMPLARY_PATH, usePublicExemplary } from './publicApi.ts'

function Back() {
  const { t } = useTranslation()
  return <BackLink to={PUBLIC_EXEMPLARY_PATH}>{t('public.back')}</BackLink>
}

export function PublicExemplaryPage() {
  const { t } = useTranslation()
  const { commitmentId = '' } = useParams()
  const query = usePublicExemplary(commitmentId)
  const x = query.data
  usePageTitle(x ? t('public.pageTitle', { name: x.person.fullName }) : t('public.title'))

  if (query.isPending) return <Loading />
  if (query.error) return <LoadFailure back={<Back />} title={t('public.title')} error={query.error} onRetry={() => void query.refetch()} />
  if (!x) {
    return (
      <>
        <Back />
        <Title order={1}>{t('public.title')}</Title>
        <Text>{t('public.notFound')}</Text>
      </>
    )
  }

  return (
    <>
      <Back />
      <Title order={1}>{t('public.pageTitle', { name: x.person.fullName })}</Title>
      <Stack gap="xs" component="section" aria-labelledby="public-exemplary-leader">
        <Title order={2} id="public-exemplary-leader">
          {t('public.leader')}
        </Title>
        <DefinitionList
          items={[
            [t('public.fullName'), x.person.fullName],
            [t('public.position'), x.person.position ?? t('common.none')],
            [t('public.unit'), x.organization.name],
            [t('public.year'), String(x.year)],
            [t('public.theme'), x.theme],
            [t('public.publishedAt'), formatDay(x.publishedAt)],
          ]}
        />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="public-exemplary-items">
        <Title order={2} id="public-exemplary-items">
          {t('public.items')}
        </Title>
        <ExemplaryItems items={x.items} />
      </Stack>
      <Text size="sm" c="dimmed">
        {t('public.feedbackNote')}
      </Text>
    </>
  )
}
