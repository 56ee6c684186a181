// The sheet's columns as written and the field each is read as. Changing one sends the whole mapping and the server
// answers with the preview validated again; until then the selects are read-only.
import { Alert, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportField } from '../../../../common/contracts/imports.ts'
import { FormError } from '../../../components/FormError.tsx'
import { type ImportSession, useImportMapping } from '../api.ts'
import { columnLetter, duplicateFields, importFields, missingRequired, remap } from '../fields.ts'
import { ImportTable } from './ImportTable.tsx'

/** Mantine's Select has no null option: "(Không nhập)" is this value. */
const NONE = '-'

export function MappingSection({ session }: { session: ImportSession }) {
  const { t } = useTranslation()
  const mapping = useImportMapping(session.id)
  const fieldLabel = (f: ImportField) => t(`imports.field.${f}`)
  const options = [{ value: NONE, label: t('imports.preview.mapping.none') }, ...importFields(session.kind).map((f) => ({ value: f, label: fieldLabel(f) }))]
  const missing = missingRequired(session.kind, session.columns)
  const duplicates = duplicateFields(session.kind, session.columns)

  function change(index: number, value: string | null) {
    const field = value && value !== NONE ? (value as ImportField) : null
    if (field === session.columns[index].field) return
    mapping.mutate(remap(session.columns, index, field))
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="import-mapping">
      <Title order={3} id="import-mapping">
        {t('imports.preview.mapping.title')}
      </Title>
      <Text>{t('imports.preview.mapping.hint')}</Text>
      {(missing.length > 0 || duplicates.length > 0) && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {missing.length > 0 && <Text>{t('imports.preview.mapping.missing', { fields: missing.map(fieldLabel).join(', ') })}</Text>}
          {duplicates.length > 0 && <Text>{t('imports.preview.mapping.duplicate', { fields: duplicates.map(fieldLabel).join(', ') })}</Text>}
        </Alert>
      )}
      <FormError error={mapping.error} />
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {mapping.isPending ? t('imports.preview.mapping.saving') : ''}
      </Text>
      <ImportTable minWidth={520} label={t('imports.preview.mapping.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={72}>
              {t('imports.preview.mapping.column')}
            </Table.Th>
            <Table.Th scope="col">{t('imports.preview.mapping.header')}</Table.Th>
            <Table.Th scope="col" miw={240}>
              {t('imports.preview.mapping.field')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {session.columns.map((column, index) => {
            const letter = columnLetter(index)
            const header = column.header.trim() || t('imports.preview.mapping.untitled')
            return (
              <Table.Tr key={`${index}:${column.header}`}>
                <Table.Td>{letter}</Table.Td>
                <Table.Th scope="row" fw={column.header.trim() ? 500 : 400} fs={column.header.trim() ? undefined : 'italic'}>
                  {header}
                </Table.Th>
                <Table.Td>
                  <Select
                    aria-label={t('imports.preview.mapping.selectFor', { column: letter, header })}
                    data={options}
                    value={column.field ?? NONE}
                    onChange={(value) => change(index, value)}
                    allowDeselect={false}
                    // Read-only rather than disabled while the server checks again: the keyboard focus stays put.
                    readOnly={mapping.isPending}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </ImportTable>
    </Stack>
  )
}
