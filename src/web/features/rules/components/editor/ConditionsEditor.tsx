// The extra conditions of the top level: each one's wording and, for "a share of tasks exceeded", the share.
import { NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLabels } from '../../../../components/labels.ts'
import type { ErrorAt } from './CriteriaEditor.tsx'
import type { ConditionDraft } from './draft.ts'

export function ConditionsEditor({ conditions, onChange, errorAt }: { conditions: ConditionDraft[]; onChange: (conditions: ConditionDraft[]) => void; errorAt: ErrorAt }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const update = (i: number, patch: Partial<ConditionDraft>) => onChange(conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  return (
    <Stack gap="sm" component="section" aria-labelledby="edit-conditions">
      <Title order={2} id="edit-conditions">
        {t('rules.conditions')}
      </Title>
      {conditions.length === 0 && <Text>{t('rules.conditionsNone')}</Text>}
      {conditions.map((c, i) => (
        <Paper key={c.code} component="fieldset" withBorder p="sm" radius="md" m={0}>
          <legend style={{ fontWeight: 700, padding: '0 0.25rem' }}>
            {t('rules.conditionRow', { n: i + 1 })}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              ({labels.conditionKind(c.kind)})
            </Text>
          </legend>
          <Stack gap="sm">
            <Textarea
              label={t('rules.conditionTitle', { n: i + 1 })}
              required
              autosize
              minRows={1}
              maxRows={5}
              value={c.title}
              onChange={(e) => update(i, { title: e.currentTarget.value })}
              error={errorAt(`content.topConditions.${i}.title`)}
            />
            {(c.kind === 'tasks_exceeded_percent' || c.threshold !== undefined) && (
              <NumberInput
                label={t('rules.threshold')}
                required={c.kind === 'tasks_exceeded_percent'}
                w={{ base: '100%', xs: '16rem' }}
                min={0}
                max={100}
                decimalScale={1}
                decimalSeparator=","
                value={c.threshold ?? ''}
                onChange={(v) => update(i, { threshold: typeof v === 'number' ? v : '' })}
                error={errorAt(`content.topConditions.${i}.threshold`)}
              />
            )}
            <Text size="sm">{t('rules.appliesTo', { groups: c.groups.map(labels.subjectGroup).join(', ') })}</Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
