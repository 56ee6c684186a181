// "Tạo phiên bản mới": a draft copying an existing rule set's content, with its own code, name, source and dates.
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { NewVersionModal } from '../../../components/NewVersionModal.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { useCreateRuleSetMutation, useRuleSets } from '../api.ts'

export function CreateRuleSetModal({ copyFromId, onClose }: { copyFromId?: string; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const ruleSets = useRuleSets()
  return (
    <NewVersionModal
      ns="rules"
      versions={ruleSets.data?.items ?? []}
      versionsError={ruleSets.error}
      mutation={useCreateRuleSetMutation()}
      statusLabel={(status) => t(`ruleSetStatus.${status}`)}
      title={t('rules.newVersionTitle')}
      submitLabel={t('rules.newVersion')}
      copyFromId={copyFromId}
      onCreated={(ruleSet) => {
        notifySuccess(t('rules.created', { name: ruleSet.name }))
        void navigate(`/bo-quy-tac/${ruleSet.id}`)
      }}
      onClose={onClose}
    />
  )
}
