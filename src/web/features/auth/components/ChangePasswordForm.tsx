import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { NewPasswordInput } from '../../accounts/components/NewPasswordInput.tsx'
import { useChangePasswordMutation } from '../api.ts'

const FIELDS = ['currentPassword', 'newPassword'] as const

/** Change my own password: the current one is checked; other sessions and API tokens end, this one stays. */
export function ChangePasswordForm() {
  const { t } = useTranslation()
  const mutation = useChangePasswordMutation()
  const [currentPassword, setCurrent] = useState('')
  const [newPassword, setNew] = useState('')

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    mutation.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('')
          setNew('')
          mutation.reset()
          notifySuccess(t('security.passwordChanged'))
        },
      },
    )
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="password-title">
      <Title order={2} id="password-title">
        {t('security.passwordTitle')}
      </Title>
      <Text>{t('security.passwordExplain')}</Text>
      <form onSubmit={onSubmit}>
        <Stack gap="md" maw={480}>
          <FormError error={mutation.error} fields={FIELDS} />
          <PasswordInput
            label={t('security.currentPassword')}
            required
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldError(mutation.error, 'currentPassword')}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          />
          <NewPasswordInput
            label={t('security.newPassword')}
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            error={fieldError(mutation.error, 'newPassword')}
          />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('security.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
