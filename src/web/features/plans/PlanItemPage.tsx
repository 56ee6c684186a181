// One plan item: what it is and who owns it, its progress rolled up, where it came from (an item accepted from above),
// its sub-items and the items sub-units accepted from it, its hand-downs with their answers and progress, the members'
// commitment items linked to it, and the record of its progress updates with evidence. The buttons follow `abilities`.
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconArrowDownRight, IconLink, IconPencil, IconPlus, IconReportAnalytics, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { BackLink, LoadFailure } from '../../components/BackLink.tsx'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { formatDate, formatDateTime, formatNumber } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifyAndClose, notifyError, notifySuccess } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useDeleteItemMutation, usePlanItem, useUnlinkMutation, useWithdrawMutation, type PlanItemDetail } from './api.ts'
import { HandDownModal } from './components/HandDownModal.tsx'
import { CreateItemModal, EditItemModal } from './components/ItemModal.tsx'
import { LinkCommitmentModal } from './components/LinkCommitmentModal.tsx'
import { KindBadge, LateBadge, PlanStatusBadge, ProgressBar } from './components/PlanBadges.tsx'
import { UpdateModal } from './components/UpdateModal.tsx'
import { UpdateTimeline } from './components/UpdateTimeline.tsx'
import { boardPath, planItemPath } from './paths.ts'

type Dialog = 'report' | 'edit' | 'sub' | 'handDown' | 'delete' | 'link' | null

function Children({ item }: { item: PlanItemDetail }) {
  const { t } = useTranslation()
  if (item.children.length === 0) return null
  const caption = t('plans.itemPage.children')
  return (
    <Stack gap="xs" component="section" aria-labelledby="item-children">
      <Title order={2} id="item-children">{caption}</Title>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table withTableBorder striped aria-labelledby="item-children">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plans.itemPage.childTitle')}</Table.Th>
              <Table.Th scope="col">{t('plans.itemPage.childUnit')}</Table.Th>
              <Table.Th scope="col">{t('plans.itemPage.weight')}</Table.Th>
              <Table.Th scope="col">{t('plans.itemPage.progress')}</Table.Th>
              <Table.Th scope="col">{t('plans.itemPage.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.children.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={planItemPath(c.id)}>{c.title}</Anchor>
                  <Text size="sm">{t(`plans.itemPage.via.${c.via}`)}</Text>
                </Table.Td>
                <Table.Td>{c.organization.name}</Table.Td>
                <Table.Td>{c.counted ? formatNumber(c.weight) : t('plans.item.notCountedShort')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNumber(c.progress)}%</Table.Td>
                <Table.Td><PlanStatusBadge status={c.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}

function HandDowns({ item }: { item: PlanItemDetail }) {
  const { t } = useTranslation()
  const withdraw = useWithdrawMutation()
  if (item.handDownList.length === 0) return null
  return (
    <Stack gap="xs" component="section" aria-labelledby="item-hand-downs">
      <Title order={2} id="item-hand-downs">{t('plans.itemPage.handDowns')}</Title>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table withTableBorder striped aria-labelledby="item-hand-downs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plans.itemPage.childUnit')}</Table.Th>
              <Table.Th scope="col">{t('plans.itemPage.status')}</Table.Th>
              <Table.Th scope="col">{t('plans.itemPage.progress')}</Table.Th>
              <Table.Th scope="col">{t('plans.itemPage.note')}</Table.Th>
              {item.abilities.handDown && <Table.Th scope="col">{t('plans.itemPage.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.handDownList.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{h.to.name}</Table.Td>
                <Table.Td>
                  {t(`plans.handDownStatus.${h.status}`)}
                  <Text size="sm">{formatDate((h.respondedAt ?? h.createdAt).slice(0, 10))}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {h.acceptedItem ? (
                    <Anchor component={Link} to={planItemPath(h.acceptedItem.id)} aria-label={t('plans.itemPage.acceptedAria', { unit: h.to.name, n: h.acceptedItem.progress })}>
                      {formatNumber(h.acceptedItem.progress)}%
                    </Anchor>
                  ) : t('common.none')}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{h.note ?? ''}</Table.Td>
                {item.abilities.handDown && (
                  <Table.Td>
                    {h.status === 'pending' && (
                      <Button size="xs" variant="default" loading={withdraw.isPending && withdraw.variables === h.id}
                        onClick={() => withdraw.mutate(h.id, { onSuccess: () => notifySuccess(t('plans.itemPage.withdrawn')), onError: notifyError })}
                        aria-label={t('plans.itemPage.withdrawAria', { unit: h.to.name })}>
                        {t('plans.itemPage.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}

function Commitments({ item, onLink }: { item: PlanItemDetail; onLink: () => void }) {
  const { t } = useTranslation()
  const unlink = useUnlinkMutation(item.id)
  if (item.commitmentItems.length === 0 && !item.abilities.link) return null
  return (
    <Stack gap="xs" component="section" aria-labelledby="item-commitments">
      <Group justify="space-between">
        <Title order={2} id="item-commitments">{t('plans.itemPage.commitments')}</Title>
        {item.abilities.link && <Button variant="default" leftSection={<IconLink size={18} aria-hidden />} onClick={onLink}>{t('plans.itemPage.link')}</Button>}
      </Group>
      {item.commitmentItems.length === 0 ? (
        <Text>{t('plans.itemPage.noCommitments')}</Text>
      ) : (
        <Stack component="ul" gap={6} pl="md" m={0}>
          {item.commitmentItems.map((c) => (
            <li key={c.commitmentItemId}>
              <Group gap="xs" align="flex-start">
                <Text style={{ flex: 1, overflowWrap: 'anywhere' }}>
                  <Anchor component={Link} to={`/cam-ket/${c.commitmentId}`}>{c.person.name}</Anchor> ({c.unit.name}): {c.content}
                </Text>
                {item.abilities.link && (
                  <Button size="xs" variant="default" onClick={() => unlink.mutate(c.commitmentItemId, { onError: notifyError })} aria-label={t('plans.itemPage.unlinkAria', { name: c.person.name })}>
                    {t('plans.itemPage.unlink')}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  )
}

function Details({ item }: { item: PlanItemDetail }) {
  const { t } = useTranslation()
  const owner = [item.ownerOrg?.name, item.ownerPerson?.name].filter(Boolean).join(' — ')
  return (
    <DefinitionList
      items={[
        [t('plans.item.description'), item.description ?? t('common.none')],
        [t('plans.item.expectedResult'), item.expectedResult ?? t('common.none')],
        [t('plans.itemPage.owner'), owner || t('common.none')],
        [t('plans.item.dueOn'), item.dueOn ? formatDate(item.dueOn) : t('common.none')],
        [t('plans.itemPage.weight'), item.inRollup && item.weight > 0 ? formatNumber(item.weight) : t('plans.item.notCountedShort')],
        [t('plans.item.rollupMode'), item.rollupMode === 'own' ? t('plans.item.modeOwn') : t('plans.item.modeChildren')],
        [t('plans.itemPage.reported'), item.reported.at ? t('plans.itemPage.reportedLine', { n: item.reported.progress, status: t(`plans.status.${item.reported.status}`), date: formatDateTime(item.reported.at) }) : t('plans.itemPage.neverReported')],
      ]}
    />
  )
}

export function PlanItemPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const query = usePlanItem(id)
  const [dialog, setDialog] = useState<Dialog>(null)
  const remove = useDeleteItemMutation(id)
  usePageTitle(query.data?.title ?? t('plans.itemPage.title'))
  if (query.isPending) return <Loading />
  if (query.error) return <LoadFailure back={<BackLink to="/ke-hoach">{t('plans.board.title')}</BackLink>} title={t('plans.itemPage.title')} error={query.error} onRetry={() => void query.refetch()} />
  const item = query.data
  const a = item.abilities
  const board = boardPath(item.plan.organization.id, item.plan.cycle.id)
  const close = () => setDialog(null)
  return (
    <>
      <BackLink to={board}>{t('plans.itemPage.back', { unit: item.plan.organization.name, year: item.plan.cycle.year })}</BackLink>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>{item.title}</Title>
      <Group gap="xs">
        <KindBadge kind={item.kind} />
        <PlanStatusBadge status={item.status} />
        {item.late && <LateBadge />}
      </Group>
      <ProgressBar value={item.progress} done={item.status === 'done'} label={t('plans.item.progressLabel', { title: item.title, n: item.progress })} />
      {item.fromChildren && <Text size="sm">{t('plans.item.fromChildren')}</Text>}
      {item.source && (
        <Text>
          {t('plans.itemPage.source', { org: item.source.organization.name })}{' '}
          <Anchor component={Link} to={planItemPath(item.source.itemId)}>{item.source.title}</Anchor>
        </Text>
      )}
      <Group gap="sm">
        {a.report && <Button size="lg" leftSection={<IconReportAnalytics size={22} aria-hidden />} onClick={() => setDialog('report')}>{t('plans.itemPage.report')}</Button>}
        {a.handDown && <Button variant="default" leftSection={<IconArrowDownRight size={20} aria-hidden />} onClick={() => setDialog('handDown')}>{t('plans.itemPage.handDown')}</Button>}
        {a.edit && <Button variant="default" leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setDialog('sub')}>{t('plans.itemPage.addSub')}</Button>}
        {a.edit && <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setDialog('edit')}>{t('plans.itemPage.edit')}</Button>}
        {a.delete && <Button variant="default" color="red" leftSection={<IconTrash size={20} aria-hidden />} onClick={() => setDialog('delete')}>{t('plans.itemPage.delete')}</Button>}
      </Group>
      <Details item={item} />
      <Children item={item} />
      <HandDowns item={item} />
      <Commitments item={item} onLink={() => setDialog('link')} />
      <Stack gap="xs" component="section" aria-labelledby="item-timeline">
        <Title order={2} id="item-timeline">{t('plans.timeline.title')}</Title>
        <UpdateTimeline updates={item.updates} />
      </Stack>
      {dialog === 'report' && <UpdateModal item={item} onClose={close} />}
      {dialog === 'edit' && <EditItemModal item={item} onClose={close} />}
      {dialog === 'sub' && <CreateItemModal planId={item.plan.id} parent={{ id: item.id, title: item.title }} onClose={close} />}
      {dialog === 'handDown' && <HandDownModal item={item} onClose={close} />}
      {dialog === 'link' && <LinkCommitmentModal item={item} onClose={close} />}
      {dialog === 'delete' && (
        <ConfirmModal
          title={t('plans.itemPage.deleteTitle')}
          message={t('plans.itemPage.deleteMessage', { title: item.title })}
          confirmLabel={t('plans.itemPage.delete')}
          loading={remove.isPending}
          error={remove.error}
          onClose={close}
          onConfirm={() => remove.mutate(undefined, notifyAndClose(t('plans.itemPage.deleted'), () => void navigate(board)))}
        />
      )}
    </>
  )
}
