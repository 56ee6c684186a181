import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { Account } from '../../../common/contracts/accounts.ts'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { LoadMore } from '../../components/LoadMore.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useAccounts } from './api.ts'
import { AccountStatusBadge } from './components/AccountStatusBadge.tsx'
import { CreateAccountModal } from './components/CreateAccountModal.tsx'

function AccountRow({ account }: { account: Account }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Anchor component={Link} to={`/tai-khoan/${account.id}`} fw={700} size="lg" className="row-link" underline="hover">
            {account.displayName}
          </Anchor>
          <AccountStatusBadge status={account.status} />
        </Group>
        <Text>
          {t('accounts.username')}: <strong>{account.username}</strong>
        </Text>
        <Group gap="xs">
          {account.person && <Text size="sm">{account.person.fullName}</Text>}
          <Badge variant="light" color="gray">
            {t('accounts.grantsCount', { n: account.grants.length })}
          </Badge>
        </Group>
      </Stack>
    </Paper>
  )
}

export function AccountsPage() {
  const { t } = useTranslation()
  usePageTitle(t('accounts.title'))
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const [debounced] = useDebouncedValue(q, 400)
  const accounts = useAccounts(debounced)
  const [creating, setCreating] = useState(false)
  const items = accounts.data?.pages.flatMap((p) => p.items) ?? []

  return (
    <>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('accounts.title')}</Title>
        <Button leftSection={<IconUserPlus size={20} aria-hidden />} onClick={() => setCreating(true)}>
          {t('accounts.create')}
        </Button>
      </Group>
      <TextInput
        type="search"
        label={t('accounts.searchLabel')}
        leftSection={<IconSearch size={20} aria-hidden />}
        value={q}
        onChange={(e) => setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })}
        autoComplete="off"
      />
      {accounts.isPending ? (
        <Loading />
      ) : accounts.error && !accounts.data ? (
        <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('accounts.noAccounts')}</Text>
      ) : (
        <Stack gap="sm">
          <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
            {items.map((account) => (
              <AccountRow key={account.id} account={account} />
            ))}
          </Box>
          <LoadMore hasMore={accounts.hasNextPage} loading={accounts.isFetchingNextPage} onLoad={() => void accounts.fetchNextPage()} />
        </Stack>
      )}
      {creating && <CreateAccountModal onClose={() => setCreating(false)} />}
    </>
  )
}
