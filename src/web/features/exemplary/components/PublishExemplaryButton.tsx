// On "Cam kết của tôi": a leader's approved commitment can be published as an exemplary commitment (Quy định 213),
// within the unit and the units below or to the public. Once published: its scope, a link to the comments and a way
// to change the scope. Renders nothing for other commitments.
import { Anchor, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core'
import { IconAward } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { FormModal } from '../../../components/FormModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { PUBLISH_SCOPE_VALUES, usePublishMutation, useExemplary, type PublishScope } from '../api.ts'

function PublishModal({ commitmentId, current, onClose }: { commitmentId: string; current: PublishScope | null; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = usePublishMutation(commitmentId)
  const [scope, setScope] = useState<PublishScope>(current ?? 'subtree')
  return (
    <FormModal
      title={current ? t('exemplary.changeScope') : t('exemplary.publish')}
      intro={<Text>{t('exemplary.publishIntro')}</Text>}
      onClose={onClose}
      onSubmit={() => mutation.mutate(scope, notifyAndClose(t('exemplary.published'), onClose))}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['scope']}
      submitLabel={t('exemplary.publishSubmit')}
    >
      <Radio.Group label={t('exemplary.scopeLabel')} required value={scope} onChange={(v) => setScope(v as PublishScope)}>
        <Stack gap="sm" mt="xs">
          {PUBLISH_SCOPE_VALUES.map((s) => (
            <Radio key={s} value={s} label={t(`exemplary.scopeOption.${s}`)} description={t(`exemplary.scopeOptionHint.${s}`)} data-autofocus={s === scope || undefined} />
          ))}
        </Stack>
      </Radio.Group>
    </FormModal>
  )
}

export function PublishExemplaryButton({ commitmentId, subjectGroup, status }: { commitmentId: string; subjectGroup: string; status: string }) {
  const { t } = useTranslation()
  const eligible = subjectGroup === 'leader' && status === 'approved'
  // Whether it is published already: the exemplary view answers 404 until then.
  const query = useExemplary(commitmentId, { enabled: eligible })
  const [open, setOpen] = useState(false)
  if (!eligible || query.isPending) return null
  const current = query.data?.scope ?? null
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        {current && <Text>{t('exemplary.publishedStatus', { scope: t(`exemplary.scope.${current}`) })}</Text>}
        <Group gap="sm">
          {current ? (
            <>
              <Anchor component={Link} to={`/neu-guong/${commitmentId}`} fw={500} className="row-link">
                {t('exemplary.view')}
              </Anchor>
              <Button variant="default" onClick={() => setOpen(true)}>
                {t('exemplary.changeScope')}
              </Button>
            </>
          ) : (
            <Button leftSection={<IconAward size={20} aria-hidden />} onClick={() => setOpen(true)}>
              {t('exemplary.publish')}
            </Button>
          )}
        </Group>
      </Stack>
      {open && <PublishModal commitmentId={commitmentId} current={current} onClose={() => setOpen(false)} />}
    </Paper>
  )
}
