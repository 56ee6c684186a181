// "Tạo phiên bản mới": a draft copying an existing rubric's criteria, with its own code, name, source and dates.
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { NewVersionModal } from '../../../components/NewVersionModal.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { useCreateRubricMutation, useRubrics } from '../api.ts'
import { rubricPath } from '../paths.ts'

export function CreateRubricModal({ copyFromId, onClose }: { copyFromId?: string; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const rubrics = useRubrics()
  return (
    <NewVersionModal
      ns="rubrics"
      versions={rubrics.data?.items ?? []}
      versionsError={rubrics.error}
      mutation={useCreateRubricMutation()}
      statusLabel={(status) => t(`rubrics.status.${status}`)}
      title={t('rubrics.newVersionTitle')}
      submitLabel={t('rubrics.newVersionSubmit')}
      copyFromId={copyFromId}
      onCreated={(rubric) => {
        notifySuccess(t('rubrics.created', { name: rubric.name }))
        void navigate(rubricPath(rubric.id))
      }}
      onClose={onClose}
    />
  )
}
