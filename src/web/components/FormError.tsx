import { Alert, List } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../api/client.ts'

/**
 * The server's message above a form (announced: role="alert"), plus any field message the form has no
 * input for; messages of the form's own fields are shown next to those fields.
 */
export function FormError({ error, fields = [] }: { error: unknown; fields?: readonly string[] }) {
  const { t } = useTranslation()
  if (!error) return null
  const message = error instanceof Error ? error.message : String(error)
  const others = isApiError(error) ? error.fields.filter((f) => !fields.includes(f.path)) : []
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('errors.actionFailed')}>
      {message}
      {others.length > 0 && (
        <List mt="xs" size="md">
          {others.map((f) => (
            <List.Item key={`${f.path}:${f.message}`}>{f.path ? `${f.path}: ${f.message}` : f.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  )
}
