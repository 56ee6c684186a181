// One photo of an article as a newspaper prints it: the small copy (lazy, its size reserved so nothing jumps), the
// caption and "Ảnh: credit" under it; a click (or Enter) opens the full photo in a dialog.
import { Image, Stack, Text, UnstyledButton } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppModal } from '../../../components/AppModal.tsx'

export interface ArticlePhotoData {
  id: string
  caption: string | null
  credit: string | null
  width: number | null
  height: number | null
}

/** Thumbnails are at most 480 px wide (never enlarged). */
const THUMB_WIDTH = 480

function Caption({ photo }: { photo: ArticlePhotoData }) {
  const { t } = useTranslation()
  if (!photo.caption && !photo.credit) return null
  return (
    <Text component="figcaption" size="sm" ta="center" c="gray.8">
      {photo.caption}
      {photo.caption && photo.credit ? (/[.!?…:]$/.test(photo.caption) ? ' ' : '. ') : ''}
      {photo.credit && <Text component="span" size="sm" fs="italic">{t('stories.article.credit', { credit: photo.credit })}</Text>}
    </Text>
  )
}

export function ArticlePhoto({ photo, n, url }: { photo: ArticlePhotoData; n: number; url: (thumb: boolean) => string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const width = Math.min(THUMB_WIDTH, photo.width ?? THUMB_WIDTH)
  const height = Math.round(width * ((photo.height ?? 2) / (photo.width ?? 3)))
  const alt = photo.caption ?? t('stories.photos.alt', { n })
  return (
    <Stack component="figure" gap={6} m={0} align="center">
      <UnstyledButton onClick={() => setOpen(true)} aria-label={`${t('stories.article.openPhoto')}: ${alt}`} aria-haspopup="dialog" style={{ width: '100%', maxWidth: width }}>
        <img
          src={url(true)} alt="" loading="lazy" decoding="async" width={width} height={height}
          style={{ display: 'block', width: '100%', height: 'auto', borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-gray-1)' }}
        />
      </UnstyledButton>
      <Caption photo={photo} />
      {open && (
        <AppModal opened onClose={() => setOpen(false)} title={photo.caption ?? t('stories.article.photoTitle')} size="xl" centered>
          <Stack gap="xs">
            <Image src={url(false)} alt={alt} w="100%" h="auto" fit="contain" mah="75vh" />
            <Caption photo={photo} />
          </Stack>
        </AppModal>
      )}
    </Stack>
  )
}
