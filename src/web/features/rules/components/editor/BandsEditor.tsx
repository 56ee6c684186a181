// The lowest score of each level but the last (always 0), with each level's range as it stands.
import { NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLabels } from '../../../../components/labels.ts'
import { useBandRanges } from '../points.ts'
import type { ErrorAt } from './CriteriaEditor.tsx'
import type { BandDraft } from './draft.ts'

export function BandsEditor({ bands, onChange, errorAt }: { bands: BandDraft[]; onChange: (bands: BandDraft[]) => void; errorAt: ErrorAt }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const ranges = useBandRanges()(bands)
  const last = bands.length - 1
  return (
    <Stack gap="sm" component="section" aria-labelledby="edit-bands">
      <Title order={2} id="edit-bands">
        {t('rules.bands')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {bands.slice(0, last).map((band, i) => (
          <NumberInput
            key={band.level}
            label={t('rules.minScore', { level: labels.ratingLevel(band.level) })}
            description={ranges[i]}
            required
            min={0}
            max={100}
            step={0.5}
            decimalScale={1}
            decimalSeparator=","
            value={band.minScore}
            onChange={(v) => onChange(bands.map((b, j) => (j === i ? { ...b, minScore: typeof v === 'number' ? v : '' } : b)))}
            error={errorAt(`content.bands.${i}.minScore`)}
          />
        ))}
      </SimpleGrid>
      {last >= 0 && (
        <Text>
          {t('rules.bandBottomFixed', { level: labels.ratingLevel(bands[last].level) })}: <strong>{ranges[last]}</strong>
        </Text>
      )}
    </Stack>
  )
}
