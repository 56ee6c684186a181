// "Tự đánh giá, xếp loại tổ chức": the organization scores itself on the rule set's collective frame (live total and
// band), proposes its level (not above the band; the top level's conditions for collectives to confirm) and writes its
// review report. Written again until the level above decides; the server checks it all and says in words what is wrong.
import { Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RuleSetContent } from '../../../../common/contracts/rules.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { emptyScoring, ScoringSheet, scoringResult, type Scoring } from '../../commitments/components/ScoringSheet.tsx'
import { useCollectiveSelfAssessMutation, type CollectiveEvaluation } from '../api.ts'

const MIN_REPORT = 20

export function CollectiveSelfAssessModal({ organization, cycleId, content, previous, onClose }: {
  organization: { id: string; name: string }
  cycleId: string
  content: RuleSetContent
  /** The self-assessment sent before (not decided yet): the form starts from it. */
  previous: CollectiveEvaluation | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const mutation = useCollectiveSelfAssessMutation()
  const [sheet, setSheet] = useState<Scoring>(() => emptyScoring(previous && { scores: previous.scores, level: previous.proposedLevel, conditions: previous.conditions }))
  const [report, setReport] = useState(previous?.report ?? '')
  const [tried, setTried] = useState(false)
  const reportShort = report.trim().length < MIN_REPORT

  function onSubmit() {
    setTried(true)
    mutation.reset()
    const { body } = scoringResult(content, 'collective', sheet)
    if (!body || reportShort) return
    mutation.mutate(
      { organizationId: organization.id, cycleId, ...body, report: report.trim() },
      notifyAndClose(t('evaluations.collective.selfDone', { name: organization.name }), onClose),
    )
  }

  return (
    <FormModal
      title={t('evaluations.collective.selfAssessTitle', { name: organization.name })}
      intro={<Text>{t('evaluations.collective.selfIntro')}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['report', 'level']}
      submitLabel={t('evaluations.collective.submit')}
      submitColor="teal"
      size="xl"
    >
      <ScoringSheet
        content={content}
        group="collective"
        value={sheet}
        onChange={setSheet}
        tried={tried}
        missing={mutation.isError}
        scoresTitle={t('evaluations.collective.partScores')}
        levelTitle={t('evaluations.collective.partLevel')}
        conditionsHint={t('evaluations.collective.conditionsHint')}
      />
      <Textarea
        label={t('evaluations.collective.report')}
        description={t('evaluations.collective.reportHint')}
        required
        autosize
        minRows={5}
        maxRows={14}
        maxLength={20000}
        value={report}
        onChange={(e) => setReport(e.currentTarget.value)}
        error={(tried && reportShort ? t('evaluations.collective.reportTooShort') : undefined) ?? fieldError(mutation.error, 'report')}
      />
    </FormModal>
  )
}
