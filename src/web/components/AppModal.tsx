import { Modal, type ModalProps } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'

/** Mantine's Modal (focus trapped, Escape closes) full screen on phones, with a labelled close button. */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation()
  const phone = useMediaQuery('(max-width: 36em)')
  return <Modal fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }} {...props} />
}
