// "Công khai trên trang gương điển hình": a model goes on the public showcase only once commended; the editors publish
// and unpublish it. For a person without recorded consent the page shows the unit and the practice without the
// person's name or photos — said before publishing and after.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconWorld, IconWorldOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { formatDate } from '../../../components/format.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { usePublishMutation, type ModelDetail } from '../api.ts'

export function PublicationSection({ model }: { model: ModelDetail }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<'publish' | 'unpublish' | null>(null)
  const mutation = usePublishMutation(model.id)
  const close = () => {
    mutation.reset()
    setOpen(null)
  }
  const status = model.publishedAt
    ? t('models.publication.published', { date: formatDate(todayIso(new Date(model.publishedAt))) })
    : model.commendedYear !== null ? t('models.publication.ready', { year: model.commendedYear }) : t('models.publication.notCommended')
  return (
    <Stack gap="xs" component="section" aria-labelledby="model-publication-title">
      <Title order={2} id="model-publication-title">
        {t('models.publication.title')}
      </Title>
      <Text>{status}</Text>
      {!model.publicShowsPerson && (model.publishedAt || model.abilities.publish) && (
        <Alert color="#9a3412" variant="outline" title={t('models.publication.withoutPerson')}>
          <Text>{t('models.publication.withoutPersonExplain')}</Text>
        </Alert>
      )}
      <Group gap="sm">
        {model.abilities.publish && (
          <Button leftSection={<IconWorld size={20} aria-hidden />} onClick={() => setOpen('publish')}>
            {t('models.publication.publish')}
          </Button>
        )}
        {model.abilities.unpublish && (
          <Button variant="outline" color="red.9" leftSection={<IconWorldOff size={20} aria-hidden />} onClick={() => setOpen('unpublish')}>
            {t('models.publication.unpublish')}
          </Button>
        )}
      </Group>
      {open && (
        <ConfirmModal
          title={t(open === 'publish' ? 'models.publication.publishTitle' : 'models.publication.unpublishTitle')}
          message={open === 'publish'
            ? `${t('models.publication.publishMessage')}${model.publicShowsPerson ? '' : ` ${t('models.publication.withoutPersonExplain')}`}`
            : t('models.publication.unpublishMessage')}
          confirmLabel={t(open === 'publish' ? 'models.publication.publish' : 'models.publication.unpublish')}
          danger={open === 'unpublish'}
          onConfirm={() => mutation.mutate(open === 'publish', notifyAndClose((d) => t(d.publishedAt ? 'models.publication.publishedToast' : 'models.publication.unpublishedToast'), close))}
          onClose={close}
          loading={mutation.isPending}
          error={mutation.error}
        />
      )}
    </Stack>
  )
}
