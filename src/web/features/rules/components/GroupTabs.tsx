// The four subject groups as tabs (the view and the editor); a tab whose part of the form has an error says so.
import { Group, Tabs, VisuallyHidden } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SubjectGroup } from '../../../../common/contracts/rules.ts'
import { SUBJECT_GROUP_VALUES, useLabels } from '../../../components/labels.ts'

export function GroupTabs({ children, hasError }: { children: (group: SubjectGroup) => ReactNode; hasError?: (group: SubjectGroup) => boolean }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const [tab, setTab] = useState<SubjectGroup>('collective')
  return (
    <Tabs value={tab} onChange={(v) => v && setTab(v as SubjectGroup)} variant="outline">
      <Tabs.List aria-label={t('rules.groupTabs')}>
        {SUBJECT_GROUP_VALUES.map((group) => (
          <Tabs.Tab key={group} value={group}>
            <Group gap={6} component="span" wrap="nowrap">
              {labels.subjectGroup(group)}
              {hasError?.(group) && (
                <>
                  <IconAlertCircle size={18} color="var(--mantine-color-error)" aria-hidden />
                  <VisuallyHidden>({t('rules.hasErrors')})</VisuallyHidden>
                </>
              )}
            </Group>
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {SUBJECT_GROUP_VALUES.map((group) => (
        <Tabs.Panel key={group} value={group} pt="md">
          {children(group)}
        </Tabs.Panel>
      ))}
    </Tabs>
  )
}
