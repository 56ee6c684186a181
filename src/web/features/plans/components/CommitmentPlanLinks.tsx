// On a member's commitment: the unit plan items each of its items serves ("Phục vụ kế hoạch"); nothing when none.
import { Anchor, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { usePlanLinks } from '../api.ts'
import { planItemPath } from '../paths.ts'

export function CommitmentPlanLinks({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation()
  const links = usePlanLinks(commitmentId)
  const served = (links.data?.items ?? []).flatMap((i) => i.planItems)
  if (served.length === 0) return null
  const unique = [...new Map(served.map((p) => [p.id, p])).values()]
  return (
    <Stack gap="xs" component="section" aria-labelledby="commitment-plan-links">
      <Title order={2} id="commitment-plan-links">{t('plans.links.onCommitment')}</Title>
      <Stack component="ul" gap={4} pl="md" m={0}>
        {unique.map((p) => (
          <li key={p.id}>
            <Text>
              <Anchor component={Link} to={planItemPath(p.id)}>{p.title}</Anchor> — {t('plans.links.planOf', { org: p.organization.name, year: p.year })}
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  )
}
