// Linking members' commitment items to a plan item: approved commitments of members in the plan's subtree, searched
// by name or content; each row says whether it is linked, with a button to link it.
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppModal } from '../../../components/AppModal.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { useCommitmentCandidates, useLinkMutation, type PlanItemDetail } from '../api.ts'

export function LinkCommitmentModal({ item, onClose }: { item: PlanItemDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const [debounced] = useDebouncedValue(q.trim(), 300)
  const list = useCommitmentCandidates(item.id, debounced)
  const link = useLinkMutation(item.id)
  return (
    <AppModal opened onClose={onClose} title={t('plans.links.title')} size="xl">
      <Stack gap="md">
        <Text size="sm">{t('plans.links.intro')}</Text>
        <TextInput label={t('plans.links.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} maxLength={100} data-autofocus />
        <FormError error={link.error} />
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text>{t('plans.links.none')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('plans.links.candidates')}>
            {list.data.items.map((c) => (
              <Paper component="li" key={c.commitmentItemId} withBorder p="sm" radius="md">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ flex: 1, minWidth: '14rem' }}>
                    <Text fw={700}>{c.person.name} · {c.unit.name}</Text>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{c.content}</Text>
                    <Text size="sm">{t('plans.links.target', { target: c.target })}</Text>
                  </Stack>
                  {c.linked ? (
                    <Text size="sm" fw={500}>{t('plans.links.linked')}</Text>
                  ) : (
                    <Button size="xs" loading={link.isPending && link.variables === c.commitmentItemId} onClick={() => link.mutate(c.commitmentItemId, { onSuccess: () => notifySuccess(t('plans.links.done')) })} aria-label={t('plans.links.linkAria', { name: c.person.name })}>
                      {t('plans.links.link')}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    </AppModal>
  )
}
