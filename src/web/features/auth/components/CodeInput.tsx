import { rem, TextInput, type TextInputProps } from '@mantine/core'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The 6-digit code from an authenticator app: large, a numeric keypad on phones, offered by the system's one-time-code
 * autofill. Anything but digits is dropped as typed or pasted (no maxLength: a pasted "123 456" keeps all six digits).
 */
export function CodeInput({ value, onChange, inputRef, ...props }: Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string
  onChange: (code: string) => void
  inputRef?: Ref<HTMLInputElement>
}) {
  const { t } = useTranslation()
  return (
    <TextInput
      ref={inputRef}
      label={t('auth.codeLabel')}
      description={t('auth.codeHint')}
      name="otp"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      required
      withAsterisk={false}
      styles={{
        input: { height: rem(60), maxWidth: rem(260), fontSize: rem(28), fontWeight: 700, letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums' },
      }}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
      {...props}
    />
  )
}
