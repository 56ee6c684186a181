// The photos and documents sent with a case: photos as thumbnails that open full size, PDFs as links that download
// (the server sends them as attachments, never shown in the app). Loaded only when scrolled to (slow connections).
import { Anchor, Group, Image, Stack, Text, Title } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { FeedbackAttachment } from '../../../../common/contracts/feedback.attachments.ts'
import { formatFileSize } from '../attachments.ts'

const THUMB = 160

export function AttachmentList({ items, urlFor }: { items: FeedbackAttachment[]; urlFor: (attachmentId: string) => string }) {
  const { t } = useTranslation()
  const id = useId()
  if (items.length === 0) return null
  const photos = items.filter((a) => a.mediaType.startsWith('image/'))
  const documents = items.filter((a) => !a.mediaType.startsWith('image/'))
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {t('feedback.attachments.title')}
      </Title>
      {photos.length > 0 && (
        <Group component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('feedback.attachments.galleryLabel')}>
          {photos.map((a) => (
            <li key={a.id}>
              <Anchor href={urlFor(a.id)} target="_blank" rel="noopener" aria-label={t('feedback.attachments.openPhoto', { name: a.fileName, size: formatFileSize(a.size) })} display="block">
                <Image
                  src={urlFor(a.id)}
                  alt=""
                  loading="lazy"
                  w={THUMB}
                  h={a.width && a.height ? Math.round((THUMB * Math.min(a.height, a.width * 1.5)) / a.width) : THUMB}
                  fit="cover"
                  radius="sm"
                  style={{ border: '1px solid var(--mantine-color-gray-4)' }}
                />
              </Anchor>
            </li>
          ))}
        </Group>
      )}
      {documents.length > 0 && (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {documents.map((a) => (
            <Group component="li" key={a.id} gap="xs" wrap="nowrap">
              <IconFileTypePdf size={22} aria-hidden />
              <Anchor href={urlFor(a.id)} download={a.fileName} aria-label={t('feedback.attachments.download', { name: a.fileName, size: formatFileSize(a.size) })} style={{ overflowWrap: 'anywhere' }}>
                {a.fileName}
              </Anchor>
              <Text span c="dimmed" size="sm" aria-hidden>
                ({formatFileSize(a.size)})
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
