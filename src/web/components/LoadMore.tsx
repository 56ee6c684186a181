import { Button, Center } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** "Xem thêm": the next keyset page, only when there is one. */
export function LoadMore({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  const { t } = useTranslation()
  if (!hasMore) return null
  return (
    <Center pt="md">
      <Button variant="default" loading={loading} onClick={onLoad}>
        {t('common.loadMore')}
      </Button>
    </Center>
  )
}
