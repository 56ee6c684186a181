// What a file of this kind needs: the headers recognized (as exports write them), the kinds of organization, and the
// legacy encodings converted on the way in.
import { List, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { IMPORT_HEADERS, ORG_KIND_LABELS, type ImportKind } from '../../../../common/contracts/imports.ts'
import { ORG_KIND_VALUES } from '../../../components/labels.ts'
import { advertisedHeaders } from '../fields.ts'

export function ImportHelp({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" component="section" aria-labelledby="import-help">
      <Title order={3} id="import-help">
        {t('imports.choose.helpTitle')}
      </Title>
      <Text>{t('imports.choose.headersIntro')}</Text>
      <List size="md" spacing={2}>
        {advertisedHeaders(kind).map(({ field, header, required }) => (
          <List.Item key={field}>{required ? t('imports.choose.required', { header }) : header}</List.Item>
        ))}
      </List>
      {kind === 'organizations' && (
        <Text>
          {t('imports.choose.kindValues', {
            header: IMPORT_HEADERS.kind[0],
            values: ORG_KIND_VALUES.map((k) => ORG_KIND_LABELS[k][0]).join('; '),
          })}
        </Text>
      )}
      <Text>{t('imports.choose.encodings')}</Text>
    </Stack>
  )
}
