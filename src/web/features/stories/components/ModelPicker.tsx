// The model a story is about: searched among the models of the story's unit and below it (the server also accepts a
// commended model from elsewhere, linked from that model's own page).
import { useTranslation } from 'react-i18next'
import { RemoteSelect } from '../../../components/RemoteSelect.tsx'
import { useModelSearch } from '../api.ts'
import type { ModelChoice } from '../draft.ts'


export function ModelPicker({ org, value, selected, onChange, error }: {
  /** The story's unit: models of its subtree are offered. */
  org: string
  value: string | null
  selected: ModelChoice | null
  onChange: (model: ModelChoice | null) => void
  error?: string
}) {
  const { t } = useTranslation()
  function useSearch(term: string) {
    return useModelSearch(org, term)
  }
  return (
    <RemoteSelect<ModelChoice>
      label={t('stories.editor.model')}
      description={t('stories.editor.modelHint')}
      placeholder={t('stories.editor.modelPlaceholder')}
      nothingFound={t('stories.editor.modelNothing')}
      value={value}
      selected={selected}
      useSearch={useSearch}
      toOption={(m) => ({ value: m.id, label: m.title, description: m.organization?.name })}
      onChange={(_, item) => onChange(item)}
      error={error}
      clearable
    />
  )
}
