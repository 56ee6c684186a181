// How far a model has spread ("nhân rộng"): the sentence with the numbers, then each adopting unit with its commune,
// since when and the result it reports.
import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber } from '../../../../components/format.ts'
import type { PublicModel } from '../publicApi.ts'
import { placeLine } from '../../paths.ts'

export function SpreadSection({ spread }: { spread: PublicModel['spread'] }) {
  const { t } = useTranslation()
  if (spread.adoptions === 0) return <Text>{t('showcase.model.notSpread')}</Text>
  const more = spread.adoptions - spread.units.length
  return (
    <Stack gap="sm">
      <Text fw={700}>{t('showcase.model.spreadLine', { units: formatNumber(spread.adoptions), communes: formatNumber(spread.communes) })}</Text>
      <Stack component="ul" gap="sm" aria-label={t('showcase.model.spreadListLabel')} style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {spread.units.map((u, i) => (
          <li key={`${u.unit}-${i}`}>
            <Text fw={500}>{placeLine(u.unit, u.commune)}</Text>
            <Text size="sm">{t('showcase.model.adoptedOn', { date: formatDate(u.adoptedOn) })}</Text>
            <Text size="sm">{u.result}</Text>
          </li>
        ))}
      </Stack>
      {more > 0 && <Text size="sm">{t('showcase.model.moreUnits', { n: formatNumber(more) })}</Text>}
    </Stack>
  )
}
