// "Phân công xử lý theo xã, phường" (offices, administrators): which unit handles the feedback about each commune of a
// subtree, for one topic or any topic; new feedback follows these rules. The unit lives in the address (?org=). The
// server decides every change (an office whose subtree holds both the commune and the handling unit).
import { Box, Button, Stack, Table, Text, Title } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { MeResponse } from '../../../common/contracts/auth.ts'
import { useMe } from '../../api/session.tsx'
import { BackLink } from '../../components/BackLink.tsx'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { notifySuccess } from '../../components/notify.ts'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { ANY_CATEGORY, useDeleteRouteMutation, useFeedbackRoutes, type FeedbackRoute } from './api.ts'
import { RouteRuleForm } from './components/RouteRuleForm.tsx'
import { canRouteFeedback, defaultFeedbackUnit, FEEDBACK_INBOX_PATH } from './paths.ts'
import { useFeedbackOptions } from './publicApi.ts'

/** The first unit where I am an office (or administrator), else my first unit with a handling role. */
function defaultUnit(me: MeResponse) {
  return me.grants.find((g) => g.role === 'office' || g.role === 'admin')?.organization ?? defaultFeedbackUnit(me)
}

function RulesTable({ org, categoryName }: { org: string; categoryName: (id: string) => string }) {
  const { t } = useTranslation()
  const rules = useFeedbackRoutes(org)
  const remove = useDeleteRouteMutation()
  const [removing, setRemoving] = useState<FeedbackRoute | null>(null)
  if (rules.isPending) return <Loading />
  if (rules.error) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
  if (rules.data.items.length === 0) return <Text>{t('feedback.rules.empty')}</Text>
  const label = t('feedback.rules.listTitle')
  const names = (r: FeedbackRoute) => ({ commune: r.commune.name, category: categoryName(r.categoryId), unit: r.handler.name })
  const sorted = [...rules.data.items].sort((a, b) => a.commune.name.localeCompare(b.commune.name, 'vi') || categoryName(a.categoryId).localeCompare(categoryName(b.categoryId), 'vi'))
  return (
    <>
      <Table.ScrollContainer type="native" minWidth={640} tabIndex={0} role="region" aria-label={t('feedback.case.tableRegion', { name: label })}>
        <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('feedback.rules.commune')}</Table.Th>
              <Table.Th scope="col">{t('feedback.rules.category')}</Table.Th>
              <Table.Th scope="col">{t('feedback.rules.handler')}</Table.Th>
              <Table.Th scope="col">{t('feedback.rules.remove')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((rule) => (
              <Table.Tr key={`${rule.commune.id}:${rule.categoryId}`}>
                <Table.Th scope="row" fw={500}>
                  {rule.commune.name}
                </Table.Th>
                <Table.Td>{categoryName(rule.categoryId)}</Table.Td>
                <Table.Td>{rule.handler.name}</Table.Td>
                <Table.Td>
                  <Button
                    variant="outline"
                    color="red.9"
                    size="sm"
                    leftSection={<IconTrash size={18} aria-hidden />}
                    aria-label={t('feedback.rules.removeAria', names(rule))}
                    onClick={() => {
                      remove.reset()
                      setRemoving(rule)
                    }}
                  >
                    {t('feedback.rules.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {removing && (
        <ConfirmModal
          title={t('feedback.rules.removeTitle')}
          message={t('feedback.rules.removeMessage', names(removing))}
          confirmLabel={t('feedback.rules.removeConfirm')}
          loading={remove.isPending}
          error={remove.error}
          onClose={() => setRemoving(null)}
          onConfirm={() =>
            remove.mutate(
              { communeId: removing.commune.id, categoryId: removing.categoryId },
              {
                onSuccess: () => {
                  notifySuccess(t('feedback.rules.removed', names(removing)))
                  setRemoving(null)
                },
              },
            )
          }
        />
      )}
    </>
  )
}

export function FeedbackRoutesPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('feedback.rules.title'))
  const [params, setParams] = useSearchParams()
  const org = params.get('org') ?? defaultUnit(me)?.id ?? ''
  const chosen = useOrganization(org)
  const options = useFeedbackOptions()
  const known = new Map((options.data?.categories ?? []).map((c) => [c.id, c.name]))
  const categoryName = (id: string) => (id === ANY_CATEGORY ? t('feedback.rules.anyCategory') : (known.get(id) ?? id))
  const categories = [{ value: ANY_CATEGORY, label: t('feedback.rules.anyCategory') }, ...(options.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))]

  return (
    <>
      <BackLink to={org ? `${FEEDBACK_INBOX_PATH}?org=${org}` : FEEDBACK_INBOX_PATH}>{t('feedback.case.back')}</BackLink>
      <Title order={1}>{t('feedback.rules.title')}</Title>
      <Text>{t('feedback.rules.intro')}</Text>
      {!canRouteFeedback(me) ? (
        <Text>{t('feedback.rules.notAllowed')}</Text>
      ) : !org ? (
        <Text>{t('feedback.inbox.noUnit')}</Text>
      ) : (
        <>
          <Box w={{ base: '100%', sm: 360 }}>
            <OrgPicker
              label={t('feedback.inbox.unit')}
              placeholder={t('feedback.inbox.unitPlaceholder')}
              value={org}
              selected={chosen.data ?? null}
              required
              onChange={(id) => id && setParams({ org: id }, { replace: true })}
            />
          </Box>
          <Stack gap="sm" component="section" aria-labelledby="feedback-rules-list">
            <Title order={2} id="feedback-rules-list">
              {t('feedback.rules.listTitle')}
            </Title>
            <RulesTable org={org} categoryName={categoryName} />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="feedback-rules-add">
            <Title order={2} id="feedback-rules-add">
              {t('feedback.rules.addTitle')}
            </Title>
            {options.error ? <ErrorState error={options.error} onRetry={() => void options.refetch()} /> : <RouteRuleForm categories={categories} />}
          </Stack>
        </>
      )}
    </>
  )
}
