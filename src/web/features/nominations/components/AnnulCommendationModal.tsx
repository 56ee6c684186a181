// "Hủy bỏ quyết định": the issuing level annuls a decision with its reason (10 to 2,000 characters), after reading
// what follows — the nominations back under review at this level, the models no longer commended by it (off the
// public showcase unless commended otherwise), the number still used, the Word kept, no more certificates.
import { List, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useAnnulCommendationMutation, type CommendationListItem } from '../api.ts'

const errorProps = { role: 'alert' }

function Consequences({ item }: { item: CommendationListItem }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs">
      <Text>{t('nominations.annul.intro')}</Text>
      <List spacing={4}>
        <List.Item>{t('nominations.annul.nominations', { n: item.count, org: item.organization.name })}</List.Item>
        <List.Item>{t('nominations.annul.models')}</List.Item>
        <List.Item>{t('nominations.annul.number', { number: item.numberLine })}</List.Item>
        <List.Item>{t('nominations.annul.certificates')}</List.Item>
      </List>
      <Text fw={700}>{t('nominations.annul.final')}</Text>
    </Stack>
  )
}

/** `onAnnulled` closes it once the server has annulled the decision (the notice is shown here). */
export function AnnulCommendationModal({ item, onClose, onAnnulled }: { item: CommendationListItem; onClose: () => void; onAnnulled: () => void }) {
  const { t } = useTranslation()
  const mutation = useAnnulCommendationMutation(item.id)
  const [reason, setReason] = useState('')
  const [tooShort, setTooShort] = useState(false)

  function onSubmit() {
    const text = reason.trim()
    setTooShort(text.length < 10)
    if (text.length < 10) return
    mutation.mutate({ reason: text }, notifyAndClose(t('nominations.annul.done', { number: item.numberLine }), onAnnulled))
  }

  return (
    <FormModal
      title={t('nominations.annul.title', { number: item.numberLine })}
      intro={<Consequences item={item} />}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['reason']}
      submitLabel={t('nominations.annul.submit')}
      cancelLabel={t('common.close')}
      submitColor="red"
      size="lg"
    >
      <Textarea
        label={t('nominations.annul.reason')}
        description={t('nominations.annul.reasonHint')}
        // Not the browser's own check: an empty reason gets the same inline message as a short one.
        withAsterisk
        aria-required
        autosize
        minRows={3}
        maxRows={8}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={tooShort ? t('nominations.annul.reasonTooShort') : fieldError(mutation.error, 'reason')}
        errorProps={errorProps}
        data-autofocus
      />
    </FormModal>
  )
}
