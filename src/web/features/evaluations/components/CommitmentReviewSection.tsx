// On a member's commitment during (and after) the year-end review: the cell's collective review as recorded, and the
// form to record it for accounts that may — a secretary or an office over the cell (the server refuses anyone else).
// Only accounts that read evaluations ask; a 403 hides the section.
import { Anchor, Button, Stack, Text, Title } from '@mantine/core'
import { IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { MeResponse } from '../../../../common/contracts/auth.ts'
import { useMe } from '../../../api/session.tsx'
import type { Commitment } from '../../commitments/api.ts'
import { useOrganization } from '../../organizations/api.ts'
import { useEvaluations, type Evaluation } from '../api.ts'
import { EvaluationFacts } from './EvaluationFacts.tsx'
import { ReviewModal } from './ReviewModal.tsx'

/** A secretary or an office whose grant reaches the unit (the unit itself, or a subtree above it), or an administrator. */
function mayReview(me: MeResponse, unit: { id: string; ancestors: { id: string }[] } | undefined): boolean {
  if (!unit) return false
  return me.grants.some((g) =>
    g.role === 'admin' ||
    ((g.role === 'secretary' || g.role === 'office') &&
      (g.organization.id === unit.id || (g.scope === 'subtree' && unit.ancestors.some((a) => a.id === g.organization.id)))))
}

/** Whether the deciding organization's "Xếp loại" tab will open for this account (else the link is not offered). */
function seesDecisions(me: MeResponse, e: Evaluation): boolean {
  return e.abilities.decide || e.abilities.annul || me.grants.some((g) => g.role === 'admin' || g.organization.id === e.quotaScope.id)
}

export function CommitmentReviewSection({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation()
  const me = useMe()
  const [open, setOpen] = useState(false)
  const yearEnd = commitment.cycle.status === 'yearend_review' || commitment.cycle.status === 'closed'
  const worthAsking = yearEnd && me.grants.some((g) => g.role !== 'member')
  const list = useEvaluations(commitment.organization.id, commitment.cycle.id, { enabled: worthAsking })
  const unit = useOrganization(commitment.organization.id, { enabled: worthAsking })
  if (!worthAsking || !list.data) return null

  const evaluation = list.data.items.find((e) => e.commitmentId === commitment.id)
  const canReview = evaluation ? evaluation.abilities.review : commitment.cycle.status === 'yearend_review' && mayReview(me, unit.data)
  if (!evaluation && !canReview) return null
  const assessed = Boolean(commitment.selfAssessment)

  return (
    <Stack gap="sm" component="section" aria-labelledby="collective-review">
      <Title order={2} id="collective-review">
        {t('evaluations.review.title')}
      </Title>
      {evaluation ? (
        <>
          <EvaluationFacts evaluation={evaluation} />
          {seesDecisions(me, evaluation) && (
            <Anchor component={Link} to={`/to-chuc/${evaluation.quotaScope.id}?tab=xep-loai`} style={{ alignSelf: 'flex-start' }}>
              {t('evaluations.review.toDecisions', { scope: evaluation.quotaScope.name })}
            </Anchor>
          )}
        </>
      ) : (
        <Text>{assessed ? t('evaluations.review.notYet') : t('evaluations.review.notAssessed')}</Text>
      )}
      {canReview && assessed && (
        <Button leftSection={<IconUsersGroup size={20} aria-hidden />} onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
          {evaluation ? t('evaluations.review.again') : t('evaluations.review.title')}
        </Button>
      )}
      {open && <ReviewModal commitment={commitment} evaluation={evaluation} onClose={() => setOpen(false)} />}
    </Stack>
  )
}
