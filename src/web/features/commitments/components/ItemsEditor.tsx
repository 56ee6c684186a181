// The owner's editor while the commitment is a draft (or returned): items kept on the page, added, changed or
// removed, then all saved at once ("Lưu"); "Gửi chi bộ duyệt" saves what is left unsaved first, then submits.
// Mount it keyed by the commitment and its status: after a save it takes the server's (cleaned) items itself.
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconDeviceFloppy, IconPencil, IconPlus, IconSend, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose, notifySuccess } from '../../../components/notify.ts'
import { useCommitmentStepMutation, useSaveItemsMutation, type Commitment, type CommitmentItemInput } from '../api.ts'
import { AREA_VALUES, sortByArea } from './commitmentLabels.ts'
import { ItemModal } from './ItemModal.tsx'
import { ItemsByArea, type ShownItem } from './ItemsByArea.tsx'

// An item carried over from a shortcoming keeps its link when the items are saved again (the server sets carriedOver).
const plain = ({ area, content, target, deadline, shortcomingId }: CommitmentItemInput): CommitmentItemInput => ({ area, content, target, deadline, shortcomingId: shortcomingId ?? null })
const same = (a: readonly CommitmentItemInput[], b: readonly CommitmentItemInput[]) => JSON.stringify(a.map(plain)) === JSON.stringify(b.map(plain))

let nextKey = 0
const withKey = (item: CommitmentItemInput): ShownItem => ({ ...plain(item), key: `new-${++nextKey}` })
/** The server's items (as it cleaned them), keyed by their ids. */
const fromServer = (c: Commitment): ShownItem[] => sortByArea(c.items.map((i) => ({ ...i, key: i.id })))

export function ItemsEditor({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation()
  const save = useSaveItemsMutation(commitment.id)
  const step = useCommitmentStepMutation(commitment.id)
  const [items, setItems] = useState<ShownItem[]>(() => fromServer(commitment))
  const [editing, setEditing] = useState<ShownItem | 'new' | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const dirty = !same(items, sortByArea(commitment.items))
  const year = commitment.cycle.year
  const itemPaths = items.flatMap((_, i) => ['content', 'target', 'deadline', 'area', 'shortcomingId'].map((f) => `items.${i}.${f}`))
  // A new item goes by default under the first area that has none yet.
  const defaultArea = AREA_VALUES.find((a) => !items.some((i) => i.area === a)) ?? 'professional'

  function change(next: ShownItem[]) {
    save.reset()
    setItems(sortByArea(next))
  }

  function onSave() {
    save.mutate(items.map(plain), {
      onSuccess: (saved) => {
        setItems(fromServer(saved))
        notifySuccess(t('commitments.saved'))
      },
    })
  }

  async function onSubmit() {
    try {
      if (dirty) setItems(fromServer(await save.mutateAsync(items.map(plain))))
    } catch {
      return // the failure shows in the dialog and under the items
    }
    step.mutate({ step: 'submit' }, notifyAndClose(t('commitments.submittedDone'), () => setSubmitting(false)))
  }

  return (
    <Stack gap="md">
      <Text>{t('commitments.editorHint')}</Text>
      {items.length === 0 ? (
        <Text fw={500}>{t('commitments.noItemsYet')}</Text>
      ) : (
        <ItemsByArea
          items={items}
          actions={(item, n) => (
            <>
              <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setEditing(item)} aria-label={t('commitments.editItemLabel', { n })}>
                {t('commitments.editItem')}
              </Button>
              <Button variant="default" leftSection={<IconTrash size={20} aria-hidden />} onClick={() => change(items.filter((i) => i.key !== item.key))} aria-label={t('commitments.removeItemLabel', { n })}>
                {t('commitments.removeItem')}
              </Button>
              {['content', 'target', 'deadline', 'shortcomingId'].map((f) => fieldError(save.error, `items.${n - 1}.${f}`))
                .filter(Boolean)
                .map((message) => (
                  <Text key={message} c="var(--mantine-color-error)" size="sm" w="100%">
                    {message}
                  </Text>
                ))}
            </>
          )}
        />
      )}
      <Button variant="outline" size="lg" leftSection={<IconPlus size={22} aria-hidden />} onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }}>
        {t('commitments.addItem')}
      </Button>
      <FormError error={save.error} fields={itemPaths} />
      {dirty && (
        <Alert color="yellow" variant="light" role="status">
          {t('commitments.unsaved')}
        </Alert>
      )}
      <Group gap="sm">
        <Button leftSection={<IconDeviceFloppy size={20} aria-hidden />} onClick={onSave} loading={save.isPending && !submitting} disabled={!dirty}>
          {t('common.save')}
        </Button>
        {commitment.abilities.submit && (
          <Button
            color="teal"
            leftSection={<IconSend size={20} aria-hidden />}
            disabled={items.length === 0}
            onClick={() => {
              step.reset()
              setSubmitting(true)
            }}
          >
            {t('commitments.submit')}
          </Button>
        )}
      </Group>
      {editing && (
        <ItemModal
          item={editing === 'new' ? undefined : editing}
          year={year}
          defaultArea={defaultArea}
          onDone={(item) => change(editing === 'new' ? [...items, withKey(item)] : items.map((i) => (i.key === editing.key ? { ...i, ...item } : i)))}
          onClose={() => setEditing(null)}
        />
      )}
      {submitting && (
        <ConfirmModal
          title={t('commitments.submit')}
          message={`${t('commitments.submitConfirm', { n: items.length })}${dirty ? ` ${t('commitments.submitSavesFirst')}` : ''}`}
          confirmLabel={t('commitments.submit')}
          danger={false}
          onConfirm={() => void onSubmit()}
          onClose={() => setSubmitting(false)}
          loading={save.isPending || step.isPending}
          error={save.error ?? step.error}
        />
      )}
    </Stack>
  )
}
