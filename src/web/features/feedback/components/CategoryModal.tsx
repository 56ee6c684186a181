// Adding or editing a feedback topic: its name, handling deadline in working days, order, and whether citizens are
// offered it. A new topic also needs a short code (lowercase letters, digits, dashes) that never changes.
import { Checkbox, NumberInput, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { usePutCategoryMutation, type FeedbackCategoryItem } from '../api.ts'
import { slugOf } from '../slug.ts'

const FIELDS = ['id', 'name', 'handlingDays', 'sortOrder', 'active']


export function CategoryModal({ category, nextOrder, onClose }: { category: FeedbackCategoryItem | null; nextOrder: number; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = usePutCategoryMutation()
  const [name, setName] = useState(category?.name ?? '')
  const [id, setId] = useState(category?.id ?? '')
  const [idTouched, setIdTouched] = useState(false)
  const [handlingDays, setHandlingDays] = useState<number | string>(category?.handlingDays ?? 10)
  const [sortOrder, setSortOrder] = useState<number | string>(category?.sortOrder ?? nextOrder)
  const [active, setActive] = useState(category?.active ?? true)
  const code = category ? category.id : idTouched ? id : slugOf(name)

  function onSubmit() {
    mutation.mutate(
      { id: code, name: name.trim(), handlingDays: Number(handlingDays), sortOrder: Number(sortOrder), active },
      notifyAndClose(() => t('feedback.categories.saved', { name: name.trim() }), onClose),
    )
  }

  return (
    <FormModal
      title={category ? t('feedback.categories.editTitle', { name: category.name }) : t('feedback.categories.addTitle')}
      intro={t('feedback.categories.deadlineNote')}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
    >
      <TextInput
        label={t('feedback.categories.name')}
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fieldError(mutation.error, 'name')}
        data-autofocus
      />
      {!category && (
        <TextInput
          label={t('feedback.categories.code')}
          description={t('feedback.categories.codeHint')}
          required
          maxLength={40}
          value={code}
          onChange={(e) => {
            setIdTouched(true)
            setId(e.currentTarget.value)
          }}
          error={fieldError(mutation.error, 'id')}
        />
      )}
      <NumberInput
        label={t('feedback.categories.handlingDays')}
        description={t('feedback.categories.handlingDaysHint')}
        required
        min={1}
        max={60}
        allowDecimal={false}
        value={handlingDays}
        onChange={setHandlingDays}
        error={fieldError(mutation.error, 'handlingDays')}
      />
      <NumberInput
        label={t('feedback.categories.sortOrder')}
        min={0}
        max={1000}
        allowDecimal={false}
        value={sortOrder}
        onChange={setSortOrder}
        error={fieldError(mutation.error, 'sortOrder')}
      />
      <Checkbox label={t('feedback.categories.offered')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
    </FormModal>
  )
}
