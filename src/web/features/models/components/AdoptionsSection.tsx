// "Nhân rộng": how far a commended model spread — the number of units that adopted it and the top-level branches of the
// tree (communes, wards, agencies under the province) they sit in — then "Đơn vị đã nhân rộng" (unit, kind, since
// when, with what result) and "Ghi nhận nhân rộng" for a unit the account manages. Each adopting unit updates or
// removes its own record.
import { ActionIcon, Button, Group, List, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import { useMe } from '../../../api/session.tsx'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { FormModal } from '../../../components/FormModal.tsx'
import { formatDate, formatNumber } from '../../../components/format.ts'
import { fieldError } from '../../../components/forms.ts'
import { useLabels } from '../../../components/labels.ts'
import { Loading } from '../../../components/Loading.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { useAdoptMutation, useDeleteAdoptionMutation, useModelSpread, useUpdateAdoptionMutation, type ModelDetail, type ModelSpread } from '../api.ts'
import { adoptingUnits } from '../paths.ts'

type Adoption = ModelSpread['adoptions'][number]
const errorProps = { role: 'alert' }

function AdoptionModal({ model, adoption, onClose }: { model: ModelDetail; adoption?: Adoption; onClose: () => void }) {
  const { t } = useTranslation()
  const me = useMe()
  const create = useAdoptMutation(model.id)
  const update = useUpdateAdoptionMutation(model.id, adoption?.id ?? '')
  const mutation = adoption ? update : create
  const mine = adoptingUnits(me.grants).filter((u) => u.id !== model.organization.id)
  const [org, setOrg] = useState<string | null>(adoption?.organization.id ?? mine[0]?.id ?? null)
  const chosen = useOrganization(org ?? '', { enabled: !adoption })
  const [adoptedOn, setAdoptedOn] = useState(adoption?.adoptedOn ?? todayIso())
  const [result, setResult] = useState(adoption?.result ?? '')
  const [problems, setProblems] = useState<Partial<Record<'organizationId' | 'adoptedOn' | 'result', string>>>({})

  function onSubmit() {
    const found = {
      organizationId: org ? undefined : t('common.required'),
      adoptedOn: adoptedOn ? undefined : t('common.required'),
      result: result.trim().length < 10 ? t('models.adoptions.resultTooShort') : undefined,
    }
    setProblems(found)
    if (Object.values(found).some(Boolean) || !org) return
    if (adoption) update.mutate({ adoptedOn, result: result.trim() }, notifyAndClose(t('common.saved'), onClose))
    else create.mutate({ organizationId: org, adoptedOn, result: result.trim() }, notifyAndClose(t('models.adoptions.recorded'), onClose))
  }

  return (
    <FormModal
      title={adoption ? t('models.adoptions.editTitle', { name: adoption.organization.name }) : t('models.adoptions.record')}
      intro={adoption ? undefined : <Text>{t('models.adoptions.recordIntro')}</Text>}
      size="lg"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['organizationId', 'adoptedOn', 'result']}
    >
      {!adoption && (
        <OrgPicker
          label={t('models.adoptions.unit')}
          description={t('models.adoptions.unitHint')}
          value={org}
          selected={chosen.data ?? null}
          excludeIds={[model.organization.id]}
          required
          onChange={(id) => setOrg(id)}
          error={problems.organizationId ?? fieldError(mutation.error, 'organizationId')}
        />
      )}
      <TextInput type="date" label={t('models.adoptions.adoptedOn')} description={t('models.adoptions.adoptedOnHint')} value={adoptedOn} max={todayIso()} onChange={(e) => setAdoptedOn(e.currentTarget.value)} required maw="16rem" error={problems.adoptedOn ?? fieldError(mutation.error, 'adoptedOn')} errorProps={errorProps} />
      <Textarea label={t('models.adoptions.result')} description={t('models.adoptions.resultHint')} value={result} onChange={(e) => setResult(e.currentTarget.value)} autosize minRows={3} maxRows={8} maxLength={2000} required error={problems.result ?? fieldError(mutation.error, 'result')} errorProps={errorProps} data-autofocus={adoption ? true : undefined} />
    </FormModal>
  )
}

function AdoptionTable({ spread, onOpen }: { spread: ModelSpread; onOpen: (open: Open) => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  return (
    <Table.ScrollContainer type="native" minWidth={640} tabIndex={0} role="region" aria-label={t('models.adoptions.tableTitle')}>
      <Table withTableBorder striped verticalSpacing="xs" aria-label={t('models.adoptions.tableTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('models.adoptions.unit')}</Table.Th>
            <Table.Th scope="col">{t('models.adoptions.kind')}</Table.Th>
            <Table.Th scope="col">{t('models.adoptions.adoptedOn')}</Table.Th>
            <Table.Th scope="col">{t('models.adoptions.result')}</Table.Th>
            <Table.Th scope="col">{t('models.adoptions.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {spread.adoptions.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Th scope="row" fw={500}>{a.organization.name}</Table.Th>
              <Table.Td>{labels.orgKind(a.organization.kind)}</Table.Td>
              <Table.Td>{formatDate(a.adoptedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{a.result}</Table.Td>
              <Table.Td>
                {a.abilities.edit && (
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="default" onClick={() => onOpen({ kind: 'edit', adoption: a })} aria-label={t('models.adoptions.editAria', { name: a.organization.name })} title={t('models.adoptions.edit')}>
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon variant="default" onClick={() => onOpen({ kind: 'delete', adoption: a })} aria-label={t('models.adoptions.deleteAria', { name: a.organization.name })} title={t('models.adoptions.delete')}>
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

type Open = { kind: 'record' } | { kind: 'edit' | 'delete'; adoption: Adoption } | null

export function AdoptionsSection({ model }: { model: ModelDetail }) {
  const { t } = useTranslation()
  const spread = useModelSpread(model.id)
  const remove = useDeleteAdoptionMutation(model.id)
  const [open, setOpen] = useState<Open>(null)
  const close = () => {
    remove.reset()
    setOpen(null)
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="model-adoptions-title">
      <Group justify="space-between" align="center">
        <Title order={2} id="model-adoptions-title">
          {t('models.adoptions.title')}
        </Title>
        {model.abilities.adopt && (
          <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpen({ kind: 'record' })}>
            {t('models.adoptions.record')}
          </Button>
        )}
      </Group>
      {model.commendedYear === null && <Text>{t('models.adoptions.notCommended')}</Text>}
      {spread.isPending ? <Loading /> : spread.error ? <ErrorState error={spread.error} onRetry={() => void spread.refetch()} /> : spread.data.count === 0 ? (
        model.commendedYear !== null && <Text c="dimmed">{t('models.adoptions.none')}</Text>
      ) : (
        <>
          <Text fw={500}>{t('models.adoptions.spread', { n: formatNumber(spread.data.count), branches: formatNumber(spread.data.branchCount) })}</Text>
          <List size="sm" aria-label={t('models.adoptions.branchesLabel')}>
            {spread.data.branches.map((b) => <List.Item key={b.id}>{t('models.adoptions.branch', { name: b.name, n: formatNumber(b.count) })}</List.Item>)}
          </List>
          <Title order={3} size="h4">{t('models.adoptions.tableTitle')}</Title>
          <AdoptionTable spread={spread.data} onOpen={setOpen} />
        </>
      )}
      {open?.kind === 'record' && <AdoptionModal model={model} onClose={close} />}
      {open?.kind === 'edit' && <AdoptionModal model={model} adoption={open.adoption} onClose={close} />}
      {open?.kind === 'delete' && (
        <ConfirmModal
          title={t('models.adoptions.deleteTitle')}
          message={t('models.adoptions.deleteMessage', { name: open.adoption.organization.name })}
          confirmLabel={t('models.adoptions.delete')}
          onConfirm={() => remove.mutate(open.adoption.id, notifyAndClose(t('models.adoptions.deleted'), close))}
          onClose={close}
          loading={remove.isPending}
          error={remove.error}
        />
      )}
    </Stack>
  )
}
