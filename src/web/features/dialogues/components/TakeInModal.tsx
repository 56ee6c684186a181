// Taking a question in as a citizens' feedback case: its topic, the commune concerned (by default the session's unit
// when it is one) and the citizen's contact, or anonymous. The answer is the tracking code, shown once in the dialog
// for the office to hand to the citizen; the session refreshes when the dialog closes.
import { Alert, Button, Checkbox, Group, Select, Stack, Text, Textarea, TextInput, Title, type ComboboxItem, type OptionsFilter } from '@mantine/core'
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fold } from '../../../../common/text/index.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate } from '../../../components/format.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { Loading } from '../../../components/Loading.tsx'
import { useFeedbackOptions } from '../../feedback/publicApi.ts'
import { useTakeInMutation, type DialogueQuestion, type DialogueSession, type TakeInReceipt } from '../api.ts'

const foldedFilter: OptionsFilter = ({ options, search }) => {
  const term = fold(search)
  return term ? (options as ComboboxItem[]).filter((o) => fold(o.label).includes(term)) : options
}

function ReceiptView({ receipt, onClose }: { receipt: TakeInReceipt; onClose: () => void }) {
  const { t } = useTranslation()
  const field = useRef<HTMLTextAreaElement>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  async function copy() {
    try {
      await navigator.clipboard.writeText(receipt.trackingCode)
      setCopied(true)
    } catch {
      field.current?.focus()
      field.current?.select()
      setCopied(false)
    }
  }
  return (
    <AppModal opened onClose={onClose} title={t('dialogues.questions.receiptTitle', { reference: receipt.reference })} size="lg">
      <Stack gap="md">
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          <Text fw={700}>{t('dialogues.questions.receiptNote')}</Text>
        </Alert>
        <Textarea
          ref={field}
          label={t('feedback.receipt.code')}
          value={receipt.trackingCode}
          readOnly
          autosize
          minRows={2}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 'var(--mantine-font-size-lg)', fontWeight: 700, letterSpacing: '0.05em' } }}
          data-autofocus
          data-testid="dialogue-tracking-code"
        />
        <Group gap="sm">
          <Button leftSection={<IconCopy size={20} aria-hidden />} onClick={() => void copy()}>
            {t('feedback.receipt.copy')}
          </Button>
          <Text role="status" aria-live="polite">
            {copied === null ? '' : copied ? t('feedback.receipt.copied') : t('feedback.receipt.copyFailed')}
          </Text>
        </Group>
        <DefinitionList
          items={[
            [t('feedback.receipt.reference'), receipt.reference],
            [t('feedback.receipt.acknowledgeDue'), formatDate(receipt.acknowledgeDue)],
            [t('feedback.receipt.handlingDue'), formatDate(receipt.handlingDue)],
          ]}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('dialogues.questions.receiptDone')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  )
}

export function TakeInModal({ session, question, onClose }: { session: DialogueSession; question: DialogueQuestion; onClose: () => void }) {
  const { t } = useTranslation()
  const options = useFeedbackOptions()
  const { mutation, refresh } = useTakeInMutation(session.id, question.id)
  const [categoryId, setCategoryId] = useState<string | null>(null)
  const [communeId, setCommuneId] = useState<string | null>(null)
  const [anonymous, setAnonymous] = useState(false)
  const [contact, setContact] = useState({ name: question.raisedBy ?? '', phone: '', email: '' })
  const [problems, setProblems] = useState<{ categoryId?: string; communeId?: string }>({})
  const communes = options.data?.communes ?? []
  const commune = communeId ?? (communes.some((c) => c.id === session.organization.id) ? session.organization.id : null)

  const closeAndRefresh = () => {
    void refresh()
    onClose()
  }
  if (mutation.data) return <ReceiptView receipt={mutation.data} onClose={closeAndRefresh} />

  function onSubmit() {
    const found = { categoryId: categoryId ? undefined : t('common.required'), communeId: commune ? undefined : t('common.required') }
    setProblems(found)
    if (!categoryId || !commune) return
    mutation.mutate({
      categoryId, communeId: commune, anonymous,
      ...(anonymous ? {} : { name: optionalText(contact.name), phone: optionalText(contact.phone), email: optionalText(contact.email) }),
    })
  }

  return (
    <FormModal title={t('dialogues.questions.takeInTitle')} intro={<Text>{t('dialogues.questions.takeInIntro')}</Text>} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['categoryId', 'communeId', 'anonymous', 'name', 'phone', 'email']} submitLabel={t('dialogues.questions.takeInSubmit')} submitDisabled={!options.data}>
      <Title order={3} size="h5">{t('dialogues.questions.content')}</Title>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{question.content}</Text>
      {options.isPending && <Loading />}
      {options.error && <ErrorState error={options.error} onRetry={() => void options.refetch()} />}
      {options.data && (
        <>
          <Select label={t('feedback.fields.category')} placeholder={t('feedback.fields.categoryPlaceholder')} data={options.data.categories.map((c) => ({ value: c.id, label: c.name }))} value={categoryId} onChange={setCategoryId} allowDeselect={false} required error={problems.categoryId ?? fieldError(mutation.error, 'categoryId')} errorProps={{ role: 'alert' }} data-autofocus />
          <Select label={t('feedback.fields.commune')} description={t('dialogues.questions.communeHint')} placeholder={t('feedback.fields.communePlaceholder')} data={communes.map((c) => ({ value: c.id, label: c.name }))} value={commune} onChange={setCommuneId} searchable filter={foldedFilter} nothingFoundMessage={t('feedback.fields.communeNothing')} allowDeselect={false} required error={problems.communeId ?? fieldError(mutation.error, 'communeId')} errorProps={{ role: 'alert' }} />
          <Checkbox label={t('feedback.fields.anonymous')} checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} error={fieldError(mutation.error, 'anonymous')} />
          {!anonymous && (
            <>
              <TextInput label={t('feedback.fields.name')} description={t('common.optional')} value={contact.name} onChange={(e) => setContact({ ...contact, name: e.currentTarget.value })} maxLength={120} error={fieldError(mutation.error, 'name')} />
              <TextInput label={t('feedback.fields.phone')} description={t('common.optional')} type="tel" value={contact.phone} onChange={(e) => setContact({ ...contact, phone: e.currentTarget.value })} maxLength={30} error={fieldError(mutation.error, 'phone')} />
              <TextInput label={t('feedback.fields.email')} description={t('common.optional')} type="email" value={contact.email} onChange={(e) => setContact({ ...contact, email: e.currentTarget.value })} maxLength={200} error={fieldError(mutation.error, 'email')} />
            </>
          )}
        </>
      )}
    </FormModal>
  )
}
