// Short confirmations and failures after an action, in the corner of the screen.
import { notifications } from '@mantine/notifications'
import i18n from '../i18n/index.ts'

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 5000, closeButtonProps: { 'aria-label': i18n.t('common.close') } })
}

export function notifyError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  notifications.show({ color: 'red', title: i18n.t('errors.actionFailed'), message, autoClose: 8000, closeButtonProps: { 'aria-label': i18n.t('common.close') } })
}

/**
 * `mutate` options for a dialog or a confirmation: on success, say so (the message may name what the server
 * returned), then close it.
 */
export function notifyAndClose<T>(message: string | ((result: T) => string), close: () => void): { onSuccess: (result: T) => void } {
  return {
    onSuccess: (result) => {
      notifySuccess(typeof message === 'function' ? message(result) : message)
      close()
    },
  }
}
