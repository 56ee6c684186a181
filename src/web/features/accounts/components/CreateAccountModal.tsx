import { Button, Group, Paper, Text, TextInput, Title } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { PersonPicker, type PickedPerson } from '../../../components/PersonPicker.tsx'
import { useCreateAccountMutation } from '../api.ts'
import { GrantFields, grantBody, newGrantForm, type GrantFormValues } from './GrantFields.tsx'
import { NewPasswordInput } from './NewPasswordInput.tsx'

const FIELDS = ['username', 'displayName', 'password', 'personId']

export function CreateAccountModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useCreateAccountMutation()
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [password, setPassword] = useState('')
  const [person, setPerson] = useState<PickedPerson | null>(null)
  const [grants, setGrants] = useState<GrantFormValues[]>([newGrantForm()])
  const [checked, setChecked] = useState(false)
  // Rows left empty are not sent, so the server's `grants.N` counts only the filled rows.
  const sent = grants.filter((g) => g.role || g.org)
  const serverIndex = (row: number) => sent.indexOf(grants[row])
  const grantPaths = sent.flatMap((_, i) => ['role', 'organizationId', 'scope'].map((f) => `grants.${i}.${f}`))

  function onSubmit() {
    setChecked(true)
    const complete = sent.map(grantBody).filter((b) => b !== null)
    if (complete.length !== sent.length) return
    mutation.mutate(
      { username: username.trim(), displayName: displayName.trim(), password, personId: person?.id ?? null, grants: complete },
      {
        onSuccess: (account) => {
          notifySuccess(t('accounts.created', { username: account.username }))
          onClose()
          void navigate(`/tai-khoan/${account.id}`)
        },
      },
    )
  }

  return (
    <FormModal
      title={t('accounts.createTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={[...FIELDS, ...grantPaths]}
      submitLabel={t('accounts.create')}
    >
      <TextInput
        label={t('accounts.username')}
        description={t('accounts.usernameHint')}
        required
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        value={username}
        onChange={(e) => setUsername(e.currentTarget.value)}
        error={fieldError(mutation.error, 'username')}
        data-autofocus
      />
      <TextInput
        label={t('accounts.displayName')}
        required
        value={displayName}
        onChange={(e) => setDisplayName(e.currentTarget.value)}
        error={fieldError(mutation.error, 'displayName')}
      />
      <NewPasswordInput
        label={t('accounts.password')}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={fieldError(mutation.error, 'password')}
      />
      <PersonPicker value={person?.id ?? null} selected={person} onChange={(_, p) => setPerson(p)} label={t('accounts.person')} error={fieldError(mutation.error, 'personId')} />

      <Title order={3}>{t('accounts.grants')}</Title>
      {grants.length === 0 && <Text>{t('accounts.noGrants')}</Text>}
      {grants.map((grant, i) => (
        <Paper key={i} withBorder p="sm" radius="md" component="fieldset" m={0}>
          <legend style={{ fontWeight: 700, padding: '0 0.25rem' }}>{t('accounts.grantRow', { n: i + 1 })}</legend>
          <GrantFields
            values={grant}
            onChange={(next) => setGrants(grants.map((g, j) => (j === i ? next : g)))}
            error={mutation.error}
            prefix={`grants.${serverIndex(i)}.`}
            showMissing={checked && (Boolean(grant.role) || Boolean(grant.org))}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="subtle" color="red" leftSection={<IconTrash size={20} aria-hidden />} onClick={() => setGrants(grants.filter((_, j) => j !== i))}>
              {t('accounts.removeRow', { n: i + 1 })}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="default" leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setGrants([...grants, newGrantForm()])}>
          {t('accounts.addGrant')}
        </Button>
      </Group>
    </FormModal>
  )
}
