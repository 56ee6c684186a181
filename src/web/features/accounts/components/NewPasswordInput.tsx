import { PasswordInput, type PasswordInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** A password being set (new account, or a new password): at least 12 characters, with the hint and a labelled eye. */
export function NewPasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation()
  return (
    <PasswordInput
      description={t('accounts.passwordHint')}
      required
      minLength={12}
      autoComplete="new-password"
      visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
      {...props}
    />
  )
}
