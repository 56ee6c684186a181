import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Account } from '../../../../common/contracts/accounts.ts'
import type { GrantView } from '../../../../common/contracts/auth.ts'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useRemoveGrantMutation } from '../api.ts'
import { AddGrantModal } from './AddGrantModal.tsx'

export function GrantsSection({ account }: { account: Account }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const remove = useRemoveGrantMutation(account.id)
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<GrantView | null>(null)
  const names = (g: GrantView) => ({ role: labels.role(g.role), org: g.organization.name })

  return (
    <Stack gap="sm" component="section" aria-labelledby="grants-title">
      <Group justify="space-between" gap="sm">
        <Title order={2} id="grants-title">
          {t('accounts.grants')}
        </Title>
        <Button leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setAdding(true)}>
          {t('accounts.addGrant')}
        </Button>
      </Group>
      {account.grants.length === 0 ? (
        <Text>{t('accounts.noGrants')}</Text>
      ) : (
        <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {account.grants.map((grant) => (
            <Paper component="li" key={grant.id} withBorder p="sm" radius="md">
              <Group justify="space-between" align="flex-start" gap="sm">
                <Stack gap={2}>
                  <Text fw={700}>{labels.role(grant.role)}</Text>
                  <Anchor component={Link} to={`/to-chuc/${grant.organization.id}`}>
                    {grant.organization.name}
                  </Anchor>
                  <Text size="sm">{labels.scope(grant.scope)}</Text>
                </Stack>
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={20} aria-hidden />}
                  aria-label={t('accounts.removeGrantAria', names(grant))}
                  onClick={() => {
                    remove.reset()
                    setRemoving(grant)
                  }}
                >
                  {t('accounts.removeGrant')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Box>
      )}
      {adding && <AddGrantModal account={account} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmModal
          title={t('accounts.removeGrant')}
          message={t('accounts.removeGrantConfirm', names(removing))}
          confirmLabel={t('accounts.removeGrant')}
          onConfirm={() =>
            remove.mutate(removing.id, notifyAndClose(t('accounts.grantRemoved'), () => setRemoving(null)))
          }
          onClose={() => setRemoving(null)}
          loading={remove.isPending}
          error={remove.error}
        />
      )}
    </Stack>
  )
}
