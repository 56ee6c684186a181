// A model's photos: small copies in a grid (lazy, their size reserved), each with its caption and credit; a click opens
// the full photo in a dialog. The small copies are buttons, so the keyboard opens them too.
import { Image, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppModal } from '../../../../components/AppModal.tsx'
import type { PublicModel } from '../publicApi.ts'

type Photo = PublicModel['photos'][number]

function Caption({ photo }: { photo: Photo }) {
  if (!photo.caption && !photo.credit) return null
  return (
    <Text size="sm">
      {photo.caption}
      {photo.caption && photo.credit ? ' ' : ''}
      {photo.credit && <Text component="span" size="sm" fs="italic">({photo.credit})</Text>}
    </Text>
  )
}

export function PhotoGallery({ photos, title }: { photos: Photo[]; title: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Photo | null>(null)
  const alt = (photo: Photo) => photo.caption ?? t('showcase.model.photoAlt', { n: photos.indexOf(photo) + 1, title })
  return (
    <>
      <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {photos.map((photo) => (
          <Stack component="li" key={photo.id} gap={4}>
            <UnstyledButton onClick={() => setOpen(photo)} aria-label={t('showcase.model.openPhoto', { caption: alt(photo) })} aria-haspopup="dialog">
              <img
                src={photo.thumbnailUrl} alt="" loading="lazy" decoding="async" width={480} height={320}
                style={{ display: 'block', width: '100%', height: 'auto', aspectRatio: '3 / 2', objectFit: 'cover', borderRadius: 'var(--mantine-radius-md)', background: 'var(--mantine-color-gray-1)' }}
              />
            </UnstyledButton>
            <Caption photo={photo} />
          </Stack>
        ))}
      </SimpleGrid>
      {open && (
        <AppModal opened onClose={() => setOpen(null)} title={open.caption ?? title} size="xl" centered>
          <Stack gap="xs">
            <Image src={open.url} alt={alt(open)} w="100%" h="auto" fit="contain" mah="75vh" />
            <Caption photo={open} />
          </Stack>
        </AppModal>
      )}
    </>
  )
}
