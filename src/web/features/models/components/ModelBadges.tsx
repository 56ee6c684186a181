// A model's state as a filled badge (white on a dark shade stays above 4.5:1; light badges did not), its kind and area
// as outline badges in dark shades, and the movement it belongs to.
import { Badge, Group, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ModelArea, ModelKind, ModelListItem, ModelState } from '../api.ts'

const STATE_COLORS: Record<ModelState, MantineColor> = { draft: 'gray.8', nominated: 'blue.9', commended: 'red.9', published: 'teal.9' }

export function StateBadge({ state }: { state: ModelState }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color={STATE_COLORS[state]}>
      {t(`models.state.${state}`)}
    </Badge>
  )
}

export function KindBadge({ kind }: { kind: ModelKind }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="outline" color="dark" style={{ textTransform: 'none' }}>
      {t(`models.kind.${kind}`)}
    </Badge>
  )
}

export function AreaBadge({ area }: { area: ModelArea }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="outline" color="red.9" style={{ textTransform: 'none' }}>
      {t(`models.area.${area}`)}
    </Badge>
  )
}

export function ModelBadges({ model }: { model: Pick<ModelListItem, 'state' | 'kind' | 'area' | 'movement'> }) {
  return (
    <Group gap="xs">
      <StateBadge state={model.state} />
      <KindBadge kind={model.kind} />
      <AreaBadge area={model.area} />
      {model.movement && (
        <Badge component="span" variant="outline" color="blue.9" style={{ textTransform: 'none' }}>
          {model.movement.name}
        </Badge>
      )}
    </Group>
  )
}
