// "Hạn chế của tôi": the shortcomings named about me (unresolved first); each opens its page, where I report on the
// actions and propose the closure.
import { Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useMyShortcomings } from './api.ts'
import { ShortcomingList } from './components/ShortcomingCard.tsx'

export function MyShortcomingsPage() {
  const { t } = useTranslation()
  usePageTitle(t('shortcomings.mine.title'))
  const query = useMyShortcomings()
  return (
    <>
      <Title order={1}>{t('shortcomings.mine.title')}</Title>
      <Text>{t('shortcomings.mine.intro')}</Text>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text>{t('shortcomings.mine.empty')}</Text>
      ) : (
        <ShortcomingList items={query.data.items} label={t('shortcomings.mine.listLabel')} />
      )}
    </>
  )
}
