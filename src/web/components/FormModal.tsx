import { Button, Group, Stack, type MantineColor, type ModalProps } from '@mantine/core'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AppModal } from './AppModal.tsx'
import { FormError } from './FormError.tsx'

/**
 * A dialog holding one form: optional intro, the server's refusal (FormError), the fields, then Cancel and
 * the submit button. The browser's own submit is prevented before `onSubmit` runs.
 */
export function FormModal({ title, onClose, onSubmit, pending, error, fields, intro, submitLabel, submitColor, submitDisabled, cancelLabel, size, children }: {
  title: ReactNode
  onClose: () => void
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  /** The submit button spins while the request runs. */
  pending: boolean
  /** The last submit's failure, shown above the fields. */
  error: unknown
  /** Server field paths the form shows next to its own inputs (FormError lists only the others). */
  fields?: readonly string[]
  /** Shown above the error and the fields: an explanation or a warning. */
  intro?: ReactNode
  /** Defaults to "Lưu" (common.save). */
  submitLabel?: string
  submitColor?: MantineColor
  submitDisabled?: boolean
  /** Defaults to "Hủy" (common.cancel); a form whose action is itself a "hủy…" says "Đóng" instead. */
  cancelLabel?: string
  size?: ModalProps['size']
  children: ReactNode
}) {
  const { t } = useTranslation()
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onSubmit(event)
  }
  return (
    <AppModal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={submit}>
        <Stack gap="md">
          {intro}
          <FormError error={error} fields={fields} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel ?? t('common.cancel')}
            </Button>
            <Button type="submit" color={submitColor} loading={pending} disabled={submitDisabled}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
