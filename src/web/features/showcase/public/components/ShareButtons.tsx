// Sharing a page without third-party scripts: copy its address, or hand it to the phone's own share sheet when the
// browser has one (Web Share API). Link previews come from the server's Open Graph tags.
import { Button, Group, Text } from '@mantine/core'
import { IconCopy, IconShare } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { notifySuccess } from '../../../../components/notify.ts'

export function ShareButtons({ title }: { title: string }) {
  const { t } = useTranslation()
  const [failed, setFailed] = useState(false)
  const url = window.location.href.split('#')[0]
  const canShare = typeof navigator.share === 'function'

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setFailed(false)
      notifySuccess(t('showcase.model.copied'))
    } catch {
      setFailed(true)
    }
  }

  return (
    <>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconCopy size={20} aria-hidden />} onClick={() => void copy()}>
          {t('showcase.model.copyLink')}
        </Button>
        {canShare && (
          <Button variant="default" leftSection={<IconShare size={20} aria-hidden />} onClick={() => void navigator.share({ title, url }).catch(() => {})}>
            {t('showcase.model.shareNative')}
          </Button>
        )}
      </Group>
      {failed && (
        <Text size="sm" role="status" style={{ wordBreak: 'break-all' }}>
          {t('showcase.model.copyFailed', { url })}
        </Text>
      )}
    </>
  )
}
