// "Thôi công khai": the leader withdraws their exemplary commitment (the comments are kept), then back to the list.
import { Button } from '@mantine/core'
import { IconEyeOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useUnpublishMutation } from '../api.ts'

export function UnpublishButton({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const mutation = useUnpublishMutation(commitmentId)
  const close = () => {
    setOpen(false)
    mutation.reset()
  }
  return (
    <>
      <Button variant="outline" color="red" leftSection={<IconEyeOff size={20} aria-hidden />} onClick={() => setOpen(true)}>
        {t('exemplary.unpublish')}
      </Button>
      {open && (
        <ConfirmModal
          title={t('exemplary.unpublishTitle')}
          message={t('exemplary.unpublishMessage')}
          confirmLabel={t('exemplary.unpublish')}
          onConfirm={() => mutation.mutate(undefined, notifyAndClose(t('exemplary.unpublished'), () => void navigate('/neu-guong')))}
          onClose={close}
          loading={mutation.isPending}
          error={mutation.error}
        />
      )}
    </>
  )
}
