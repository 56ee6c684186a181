// The whole rule set, read only: the frame of each subject group, the levels, the top level's conditions, the quota.
import { List, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RuleSetContent } from '../../../../common/contracts/rules.ts'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { CriteriaTable } from './CriteriaTable.tsx'
import { GroupTabs } from './GroupTabs.tsx'
import { useBandRanges } from './points.ts'

export function QuotaSentence({ quota }: { quota: Pick<RuleSetContent['quota'], 'level' | 'of' | 'scope'> & { percent: number | '' } }) {
  const { t } = useTranslation()
  const labels = useLabels()
  return (
    <Text>
      {t('rules.quotaSentence', {
        level: labels.ratingLevel(quota.level),
        of: labels.ratingLevel(quota.of),
        percent: quota.percent === '' ? '…' : formatNumber(quota.percent),
        scope: t(`quotaScopeIn.${quota.scope}`),
      })}
      .
    </Text>
  )
}

function BandsTable({ bands }: { bands: RuleSetContent['bands'] }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const ranges = useBandRanges()(bands)
  return (
    <Table withTableBorder verticalSpacing="sm" aria-labelledby="rules-bands">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('rules.level')}</Table.Th>
          <Table.Th scope="col" w="9rem">
            {t('rules.score')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bands.map((band, i) => (
          <Table.Tr key={band.level}>
            <Table.Th scope="row" fw={500}>
              {labels.ratingLevel(band.level)}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{ranges[i]}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function RuleSetView({ content }: { content: RuleSetContent }) {
  const { t } = useTranslation()
  const labels = useLabels()
  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="rules-frame">
        <Title order={2} id="rules-frame">
          {t('rules.frame')}
        </Title>
        <GroupTabs>
          {(group) => (
            <Stack gap="lg">
              <CriteriaTable heading={t('rules.general', { max: formatNumber(content.frame.generalMax) })} max={content.frame.generalMax} items={content.frame.groups[group].general} />
              <CriteriaTable heading={t('rules.tasks', { max: formatNumber(content.frame.tasksMax) })} max={content.frame.tasksMax} items={content.frame.groups[group].tasks} />
            </Stack>
          )}
        </GroupTabs>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="rules-bands">
        <Title order={2} id="rules-bands">
          {t('rules.bands')}
        </Title>
        <BandsTable bands={content.bands} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="rules-conditions">
        <Title order={2} id="rules-conditions">
          {t('rules.conditions')}
        </Title>
        {content.topConditions.length === 0 ? (
          <Text>{t('rules.conditionsNone')}</Text>
        ) : (
          <List spacing="sm" type="ordered">
            {content.topConditions.map((c) => (
              <List.Item key={c.code}>
                <Stack gap={4}>
                  <Text fw={500}>{c.title}</Text>
                  {c.threshold !== undefined && <Text size="sm">{t('rules.thresholdValue', { value: formatNumber(c.threshold) })}</Text>}
                  <Text size="sm">{t('rules.appliesTo', { groups: c.groups.map(labels.subjectGroup).join(', ') })}</Text>
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="rules-quota">
        <Title order={2} id="rules-quota">
          {t('rules.quota')}
        </Title>
        <QuotaSentence quota={content.quota} />
        <Text size="sm">{content.quota.exceptionsAllowed ? t('rules.exceptionsAllowed') : t('rules.exceptionsNotAllowed')}</Text>
      </Stack>
    </>
  )
}
