// A model's area of Chỉ thị 05 (filled, white on a shade 9) and its kind (outline, dark): both above 4.5:1 on white.
import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ModelArea, ModelKind } from '../publicApi.ts'

export function ModelBadges({ area, kind, year }: { area: ModelArea; kind: ModelKind; year?: number }) {
  const { t } = useTranslation()
  return (
    <Group gap={6}>
      <Badge component="span" variant="filled" color="red.9" style={{ textTransform: 'none' }}>
        {t(`showcase.area.${area}`)}
      </Badge>
      <Badge component="span" variant="outline" color="dark" style={{ textTransform: 'none' }}>
        {t(`showcase.kind.${kind}`)}
      </Badge>
      {year !== undefined && (
        <Badge component="span" variant="outline" color="dark" style={{ textTransform: 'none' }}>
          {t('showcase.list.yearLabel', { year })}
        </Badge>
      )}
    </Group>
  )
}
