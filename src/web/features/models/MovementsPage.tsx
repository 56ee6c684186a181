// "Phong trào thi đua": the emulation movements around my units (launched by them, a level above them, or a unit below
// them), running ones first, with the number of models in each; "Phát động phong trào" for the managers; each
// movement edited or ended by its launching unit's side. The filter (running / ended / all) is kept in the address.
import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { IconFlagOff, IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/session.tsx'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifyAndClose } from '../../components/notify.ts'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCloseMovementMutation, useMovements, type Movement } from './api.ts'
import { MovementModal } from './components/MovementModal.tsx'
import { canManageModels, defaultModelUnit } from './paths.ts'
import { AreaNav } from './components/AreaNav.tsx'

type Open = { kind: 'add' } | { kind: 'edit' | 'close'; movement: Movement } | null

function CloseMovement({ movement, onClose }: { movement: Movement; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useCloseMovementMutation(movement.id)
  return (
    <ConfirmModal
      title={t('models.movements.closeTitle')}
      message={t('models.movements.closeMessage', { name: movement.name })}
      confirmLabel={t('models.movements.close')}
      onConfirm={() => mutation.mutate(undefined, notifyAndClose(t('models.movements.closed'), onClose))}
      onClose={onClose}
      loading={mutation.isPending}
      error={mutation.error}
    />
  )
}

function MovementCard({ movement, onOpen }: { movement: Movement; onOpen: (open: Open) => void }) {
  const { t } = useTranslation()
  const period = movement.endsOn
    ? t('models.movements.period', { from: formatDate(movement.startsOn), to: formatDate(movement.endsOn) })
    : t('models.movements.since', { from: formatDate(movement.startsOn) })
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>{movement.name}</Text>
          <Text size="sm" fw={500} c={movement.active ? 'teal.9' : 'dimmed'}>
            {movement.active ? t('models.movements.running') : t('models.movements.ended')}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {movement.organization.name} · {period} · {t('models.movements.models', { n: movement.modelCount })}
        </Text>
        {movement.description && <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{movement.description}</Text>}
        {(movement.abilities.edit || movement.abilities.close) && (
          <Group gap="xs">
            {movement.abilities.edit && (
              <Button size="xs" variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onOpen({ kind: 'edit', movement })} aria-label={t('models.movements.editAria', { name: movement.name })}>
                {t('models.movements.edit')}
              </Button>
            )}
            {movement.abilities.close && (
              <Button size="xs" variant="outline" color="red.9" leftSection={<IconFlagOff size={16} aria-hidden />} onClick={() => onOpen({ kind: 'close', movement })} aria-label={t('models.movements.closeAria', { name: movement.name })}>
                {t('models.movements.close')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

export function MovementsPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('models.movements.title'))
  const [params, update] = useFilterParams()
  const show = params.get('show') === 'ended' ? 'false' : params.get('show') === 'all' ? '' : 'true'
  const list = useMovements('', show)
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  return (
    <>
      <AreaNav />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('models.movements.title')}</Title>
        {canManageModels(me) && (
          <Button leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setOpen({ kind: 'add' })}>
            {t('models.movements.add')}
          </Button>
        )}
      </Group>
      <Text>{t('models.movements.intro')}</Text>
      <SegmentedControl
        aria-label={t('models.movements.show')}
        value={params.get('show') ?? 'running'}
        onChange={(value) => update({ show: value === 'running' ? null : value })}
        data={[
          { value: 'running', label: t('models.movements.running') },
          { value: 'ended', label: t('models.movements.ended') },
          { value: 'all', label: t('models.movements.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {list.isPending ? <Loading /> : list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
        <Text>{t('models.movements.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('models.movements.listLabel')}>
          {list.data.items.map((m) => <MovementCard key={m.id} movement={m} onOpen={setOpen} />)}
        </Stack>
      )}
      {open?.kind === 'add' && <MovementModal defaultOrg={defaultModelUnit(me.grants.filter((g) => g.role !== 'inspector'))?.id ?? null} onClose={close} />}
      {open?.kind === 'edit' && <MovementModal movement={open.movement} defaultOrg={null} onClose={close} />}
      {open?.kind === 'close' && <CloseMovement movement={open.movement} onClose={close} />}
    </>
  )
}
