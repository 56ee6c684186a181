// "Quyết định theo đề nghị": the members selected on the "Xếp loại" tab, each decided at the level its cell proposed
// (on the self-assessed total), all or none. Before sending: who, how many at each level, and the quota's figures once
// they are counted. A refusal (over the quota, or one decision invalid) stays in the dialog, in the server's words.
import { Alert, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RATING_LEVELS, type RuleSetContent } from '../../../../common/contracts/rules.ts'
import { isApiError } from '../../../api/client.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useDecideBatchMutation, type Evaluation, type QuotaUse } from '../api.ts'
import { quotaAfter } from '../rating.ts'

/** The server's messages about one decision of the batch (`items.3.level`), by the decision's place in it. */
function itemMessages(error: unknown): Map<number, string[]> {
  const byItem = new Map<number, string[]>()
  if (!isApiError(error)) return byItem
  for (const f of error.fields) {
    const match = /^items\.(\d+)\./.exec(f.path)
    if (match) byItem.set(Number(match[1]), [...(byItem.get(Number(match[1])) ?? []), f.message])
  }
  return byItem
}

export function BatchDecideModal({ evaluations, quota, rule, onDone, onClose }: {
  /** The members selected, in the order shown. */
  evaluations: readonly Evaluation[]
  /** The quota where this unit decides, as shown in the banner. */
  quota: QuotaUse | null
  rule?: RuleSetContent['quota']
  /** After the decisions are recorded (the selection is cleared). */
  onDone: () => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useDecideBatchMutation()
  const n = evaluations.length
  const counts = RATING_LEVELS.map((level) => ({ level, n: evaluations.filter((e) => e.proposedLevel === level).length })).filter((c) => c.n > 0)
  const inScope = quota ? evaluations.filter((e) => e.quotaScope.id === quota.scope.id).map((e) => e.proposedLevel) : []
  const after = quota && rule && inScope.length > 0 ? quotaAfter(quota, rule, inScope) : null
  const over = after !== null && after.adds && after.excellent > after.allowed
  const messages = itemMessages(mutation.error)
  const itemPaths = isApiError(mutation.error) ? mutation.error.fields.map((f) => f.path).filter((p) => p.startsWith('items.')) : []

  function onSubmit() {
    mutation.mutate(
      { items: evaluations.map((e) => ({ id: e.id, level: e.proposedLevel })) },
      notifyAndClose(t('evaluations.batch.done', { n: formatNumber(n) }), () => {
        onDone()
        onClose()
      }),
    )
  }

  return (
    <FormModal
      title={t('evaluations.batch.title')}
      intro={<Text>{t('evaluations.batch.intro')}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['items', ...itemPaths]}
      submitLabel={t('evaluations.batch.submit', { n: formatNumber(n) })}
      submitColor="teal"
      submitDisabled={n === 0}
      size="xl"
    >
      <Stack gap="xs">
        <Text fw={500} data-testid="batch-by-level">
          {t('evaluations.batch.byLevel', { counts: counts.map((c) => t('evaluations.batch.levelCount', { n: formatNumber(c.n), level: labels.ratingLevel(c.level) })).join('; ') })}
        </Text>
        {after && quota && (
          <Alert color={over ? 'red' : 'blue'} variant="light" title={t('evaluations.batch.quotaAfter', { scope: quota.scope.name })}>
            <Stack gap={4}>
              <Text data-testid="batch-quota-after">
                {t('evaluations.quota.use', {
                  excellent: formatNumber(after.excellent), allowed: formatNumber(after.allowed), percent: formatNumber(after.percent), good: formatNumber(after.good),
                })}
              </Text>
              {over && <Text fw={500}>{t('evaluations.batch.overWarning')}</Text>}
            </Stack>
          </Alert>
        )}
      </Stack>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label={t('evaluations.batch.people')} withTableBorder striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluations.batch.person')}</Table.Th>
              <Table.Th scope="col">{t('evaluations.batch.unit')}</Table.Th>
              <Table.Th scope="col">{t('evaluations.batch.level')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {evaluations.map((e, i) => (
              <Table.Tr key={e.id} data-testid="batch-row">
                <Table.Th scope="row" fw={500}>
                  {e.person.fullName}
                  {messages.get(i)?.map((message) => (
                    <Text key={message} c="var(--mantine-color-error)" size="sm" fw={400}>
                      {message}
                    </Text>
                  ))}
                </Table.Th>
                <Table.Td>{e.organization.name}</Table.Td>
                <Table.Td>{labels.ratingLevel(e.proposedLevel)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </FormModal>
  )
}
