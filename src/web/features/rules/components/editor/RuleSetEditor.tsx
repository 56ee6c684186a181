// Editing a draft rule set in place: details, the criteria of each subject group, levels, conditions, quota;
// saved with one PATCH carrying the whole content. The server's field messages appear next to what they are about.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RuleSet, SubjectGroup } from '../../../../../common/contracts/rules.ts'
import { isApiError } from '../../../../api/client.ts'
import { FormError } from '../../../../components/FormError.tsx'
import { formatNumber } from '../../../../components/format.ts'
import { fieldError } from '../../../../components/forms.ts'
import { notifyAndClose } from '../../../../components/notify.ts'
import { useUpdateRuleSetMutation } from '../../api.ts'
import { GroupTabs } from '../GroupTabs.tsx'
import { BandsEditor } from './BandsEditor.tsx'
import { ConditionsEditor } from './ConditionsEditor.tsx'
import { CriteriaEditor } from './CriteriaEditor.tsx'
import { criterionPath, fromDraft, isShownPath, newCriterionCode, SECTIONS, toDraft, type ContentDraft, type CriterionDraft, type Section } from './draft.ts'
import { MetaFields } from './MetaFields.tsx'
import { QuotaEditor } from './QuotaEditor.tsx'

export function RuleSetEditor({ ruleSet, onDone }: { ruleSet: RuleSet; onDone: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateRuleSetMutation(ruleSet.id)
  const [draft, setDraft] = useState(() => toDraft(ruleSet))
  // After the first save attempt, empty number inputs are flagged as they stand (and unflagged once filled).
  const [checked, setChecked] = useState(false)
  const { content } = draft
  const missing = checked ? fromDraft(draft, ruleSet).missing : []

  const errorAt = (path: string) => (missing.includes(path) ? t('common.required') : fieldError(mutation.error, path))
  const serverPaths = isApiError(mutation.error) ? mutation.error.fields.map((f) => f.path) : []
  const groupHasError = (group: SubjectGroup) => [...missing, ...serverPaths.filter(isShownPath)].some((p) => p.startsWith(`content.frame.groups.${group}`))

  const setContent = (patch: Partial<ContentDraft>) => setDraft((d) => ({ ...d, content: { ...d.content, ...patch } }))
  const setCriteria = (group: SubjectGroup, section: Section, items: CriterionDraft[]) =>
    setContent({ groups: { ...content.groups, [group]: { ...content.groups[group], [section]: items } } })
  const addCriterion = (group: SubjectGroup, section: Section) => {
    const g = content.groups[group]
    setCriteria(group, section, [...g[section], { code: newCriterionCode(g, section), title: '', maxPoints: '' }])
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { body, missing: empty } = fromDraft(draft, ruleSet)
    setChecked(true)
    if (empty.length > 0) return
    mutation.mutate(body, notifyAndClose(t('rules.saved'), onDone))
  }

  const max = { general: content.generalMax, tasks: content.tasksMax }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xl">
        <Alert variant="light" color="blue" title={t('rules.editorTitle')}>
          {t('rules.editorIntro')}
        </Alert>
        <MetaFields values={draft} onChange={(meta) => setDraft((d) => ({ ...d, ...meta }))} errorAt={errorAt} />

        <Stack gap="sm" component="section" aria-labelledby="edit-frame">
          <Title order={2} id="edit-frame">
            {t('rules.frame')}
          </Title>
          <GroupTabs hasError={groupHasError}>
            {(group) => (
              <Stack gap="xl">
                {fieldError(mutation.error, `content.frame.groups.${group}`) && (
                  <Text c="var(--mantine-color-error)" role="alert">
                    {fieldError(mutation.error, `content.frame.groups.${group}`)}
                  </Text>
                )}
                {SECTIONS.map((section) => (
                  <CriteriaEditor
                    key={section}
                    heading={t(`rules.${section}`, { max: formatNumber(max[section]) })}
                    max={max[section]}
                    items={content.groups[group][section]}
                    onChange={(items) => setCriteria(group, section, items)}
                    onAdd={() => addCriterion(group, section)}
                    path={criterionPath(group, section)}
                    errorAt={errorAt}
                  />
                ))}
              </Stack>
            )}
          </GroupTabs>
        </Stack>

        <BandsEditor bands={content.bands} onChange={(bands) => setContent({ bands })} errorAt={errorAt} />
        <ConditionsEditor conditions={content.topConditions} onChange={(topConditions) => setContent({ topConditions })} errorAt={errorAt} />
        <QuotaEditor quota={content.quota} onChange={(quota) => setContent({ quota })} errorAt={errorAt} />

        <Stack gap="sm">
          <FormError error={mutation.error} fields={serverPaths.filter(isShownPath)} />
          <Group gap="sm">
            <Button type="submit" leftSection={<IconDeviceFloppy size={20} aria-hidden />} loading={mutation.isPending}>
              {t('rules.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('rules.cancelEdit')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </form>
  )
}
