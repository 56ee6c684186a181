// Editing a draft rubric in place: details, then the criteria of each area; saved with one PATCH carrying the whole
// content. Empty points and areas that do not add up to 100 are flagged before anything is sent; the server's field
// messages appear next to what they are about.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MODEL_AREAS, type ModelArea } from '../../../../../common/contracts/models.base.ts'
import { RUBRIC_TOTAL } from '../../../../../common/contracts/rubrics.ts'
import { isApiError } from '../../../../api/client.ts'
import { FormError } from '../../../../components/FormError.tsx'
import { formatNumber } from '../../../../components/format.ts'
import { fieldError } from '../../../../components/forms.ts'
import { notifyAndClose } from '../../../../components/notify.ts'
import { useUpdateRubricMutation, type Rubric } from '../../api.ts'
import { AreaEditor } from './AreaEditor.tsx'
import { areaPath, fromDraft, hasProblems, isShownPath, toDraft, type CriterionDraft, type DraftProblems } from './draft.ts'
import { MetaFields } from './MetaFields.tsx'

export function RubricEditor({ rubric, onDone }: { rubric: Rubric; onDone: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateRubricMutation(rubric.id)
  const [draft, setDraft] = useState(() => toDraft(rubric))
  // After the first save attempt, empty points and wrong sums are flagged as they stand (and unflagged once fixed).
  const [checked, setChecked] = useState(false)
  const problems: DraftProblems = checked ? fromDraft(draft, rubric).problems : { missing: [], sums: {} }

  function errorAt(path: string): string | undefined {
    if (problems.missing.includes(path)) return t('common.required')
    const area = MODEL_AREAS.find((a) => areaPath(a) === path)
    const sum = area && problems.sums[area]
    if (area && sum !== undefined) {
      return t('rubrics.sumError', { area: t(`models.area.${area}`), sum: formatNumber(sum), max: formatNumber(RUBRIC_TOTAL) })
    }
    return fieldError(mutation.error, path)
  }
  const serverPaths = isApiError(mutation.error) ? mutation.error.fields.map((f) => f.path) : []

  const setArea = (area: ModelArea, items: CriterionDraft[]) => setDraft((d) => ({ ...d, areas: { ...d.areas, [area]: items } }))
  const reorderArea = (area: ModelArea, items: CriterionDraft[]) => {
    // The server's messages name rows by their place: after rows move they would point at the wrong ones.
    mutation.reset()
    setArea(area, items)
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { body, problems: found } = fromDraft(draft, rubric)
    setChecked(true)
    if (hasProblems(found)) return
    mutation.mutate(body, notifyAndClose(t('rubrics.saved'), onDone))
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xl">
        <Alert variant="light" color="blue" title={t('rubrics.editorTitle')}>
          <Text>{t('rubrics.editorIntro')}</Text>
          <Text>{t('rubrics.criterionKeyHint')}</Text>
        </Alert>
        <MetaFields values={draft} onChange={(meta) => setDraft((d) => ({ ...d, ...meta }))} errorAt={errorAt} />

        <Stack gap="xl" component="section" aria-labelledby="rubric-edit-criteria">
          <Title order={2} id="rubric-edit-criteria">
            {t('rubrics.criteria')}
          </Title>
          {MODEL_AREAS.map((area) => (
            <AreaEditor
              key={area}
              area={area}
              items={draft.areas[area]}
              onChange={(items) => setArea(area, items)}
              onReorder={(items) => reorderArea(area, items)}
              errorAt={errorAt}
            />
          ))}
        </Stack>

        <Stack gap="sm">
          {hasProblems(problems) && (
            <Text c="var(--mantine-color-error)" fw={500} role="alert">
              {t('rubrics.fixProblems')}
            </Text>
          )}
          <FormError error={mutation.error} fields={serverPaths.filter(isShownPath)} />
          <Group gap="sm">
            <Button type="submit" leftSection={<IconDeviceFloppy size={20} aria-hidden />} loading={mutation.isPending}>
              {t('rubrics.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('rubrics.cancelEdit')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </form>
  )
}
