import { Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { AppModal } from './AppModal.tsx'
import { FormError } from './FormError.tsx'

/** A yes/no question before an action that is hard to undo; the server's refusal shows inside. */
export function ConfirmModal({ title, message, confirmLabel, onConfirm, onClose, loading, error, danger = true }: {
  title: string
  message: string
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
  loading: boolean
  error: unknown
  danger?: boolean
}) {
  const { t } = useTranslation()
  return (
    <AppModal opened onClose={onClose} title={title} size="md">
      <Stack gap="md">
        <Text>{message}</Text>
        <FormError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color={danger ? 'red' : undefined} loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  )
}
