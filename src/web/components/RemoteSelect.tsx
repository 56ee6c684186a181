// A searchable select whose options come from the server (which folds diacritics), typed from 2 characters.
import { Loader, Select, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface RemoteOption {
  value: string
  label: string
  description?: string
}

export interface RemoteSelectProps<T> {
  label: string
  value: string | null
  onChange: (value: string | null, item: T | null) => void
  /** The selected item, when the parent already knows it (keeps its label before any search). */
  selected?: T | null
  useSearch: (term: string) => { data?: { items: T[] }; isFetching: boolean }
  toOption: (item: T) => RemoteOption
  exclude?: (item: T) => boolean
  placeholder?: string
  nothingFound: string
  description?: ReactNode
  error?: ReactNode
  required?: boolean
  clearable?: boolean
  'data-testid'?: string
}

export function RemoteSelect<T>(props: RemoteSelectProps<T>) {
  const { t } = useTranslation()
  const { label, value, onChange, useSearch, toOption, exclude, selected: known = null } = props
  const [picked, setPicked] = useState<T | null>(known)
  const selected = value ? (picked && toOption(picked).value === value ? picked : known) : null
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 350)
  // Once an option is chosen the box shows its label: that is not a new search.
  const term = selected && debounced === toOption(selected).label ? '' : debounced.trim()
  const { data, isFetching } = useSearch(term)

  const found = (term.length >= 2 ? (data?.items ?? []) : []).filter((item) => !exclude?.(item))
  const items = selected ? [selected, ...found.filter((item) => toOption(item).value !== value)] : found
  const byValue = new Map(items.map((item) => [toOption(item).value, item]))
  const options = items.map((item) => toOption(item))

  return (
    <Select
      label={label}
      description={props.description}
      placeholder={props.placeholder}
      required={props.required}
      error={props.error}
      data-testid={props['data-testid']}
      searchable
      clearable={props.clearable ?? !props.required}
      clearButtonProps={{ 'aria-label': t('common.clearChoice') }}
      value={value}
      data={options.map(({ value: v, label: l }) => ({ value: v, label: l }))}
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next) => {
        const item = next ? (byValue.get(next) ?? null) : null
        setPicked(item)
        onChange(next, item)
      }}
      nothingFoundMessage={term.length < 2 ? t('common.typeToSearch') : isFetching ? t('common.loading') : props.nothingFound}
      rightSection={isFetching ? <Loader size="xs" aria-hidden /> : undefined}
      renderOption={({ option }) => {
        const description = options.find((o) => o.value === option.value)?.description
        return (
          <Stack gap={0}>
            <Text size="md">{option.label}</Text>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
        )
      }}
    />
  )
}
