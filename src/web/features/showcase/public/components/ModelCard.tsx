// One model in the public list: its thumbnail (lazy, with its size reserved so nothing jumps), title, badges, unit and
// commune, and how far it has spread. The title is the card's one link.
import { Anchor, Box, Paper, Stack, Text } from '@mantine/core'
import { IconPhoto } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatNumber } from '../../../../components/format.ts'
import { showcaseModelPath } from '../../paths.ts'
import type { PublicModelSummary } from '../publicApi.ts'
import { ModelBadges } from './ModelBadges.tsx'
import { placeLine } from '../../paths.ts'

/** The small copies are at most 480 px wide; shown 3:2, cropped to fit. */
const THUMB = { width: 480, height: 320 }
const frame = { display: 'block', width: '100%', height: 'auto', aspectRatio: '3 / 2', objectFit: 'cover', background: 'var(--mantine-color-gray-1)' } as const

export function ModelCard({ item }: { item: PublicModelSummary }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder radius="md" style={{ overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>
      {item.thumbnailUrl ? (
        <img src={item.thumbnailUrl} alt="" loading="lazy" decoding="async" width={THUMB.width} height={THUMB.height} style={frame} />
      ) : (
        // On a phone (one column) a card without a photo takes no room for one.
        <Box visibleFrom="xs" style={{ ...frame, display: 'grid', placeItems: 'center' }} aria-hidden>
          <IconPhoto size={40} color="var(--mantine-color-gray-6)" />
        </Box>
      )}
      <Stack gap={6} p="sm">
        <Anchor component={Link} to={showcaseModelPath(item.id)} fw={700} size="lg" underline="hover" lh={1.35}>
          {item.title}
        </Anchor>
        <ModelBadges area={item.area} kind={item.kind} year={item.year} />
        <Text size="sm">{placeLine(item.unit.name, item.commune?.name)}</Text>
        {item.adoptions > 0 && (
          <Text size="sm" fw={500}>
            {t('showcase.list.adoptions', { n: formatNumber(item.adoptions) })}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}
