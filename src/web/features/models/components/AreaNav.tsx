// The sub-navigation of "Gương điển hình" (one menu item): the models, nominations, decisions, recognitions, stories,
// citizens' suggestions, the figures, the movements and the scoring rubrics — each shown to the accounts that may use
// it (the server still decides). The page shown is marked for screen readers with aria-current.
import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { useMe } from '../../../api/session.tsx'
import { canUseModelStats, MODEL_STATS_PATH } from '../../modelStats/paths.ts'
import { canUseNominations, COMMENDATIONS_PATH, NOMINATIONS_PATH, RECOGNITIONS_PATH } from '../../nominations/paths.ts'
import { canModerateSuggestions, SUGGESTIONS_PATH } from '../../showcase/paths.ts'
import { canUseStories, STORIES_PATH } from '../../stories/paths.ts'
import { canUseRubrics, RUBRICS_PATH } from '../../rubrics/paths.ts'
import { canUseModels, MODELS_PATH, MOVEMENTS_PATH } from '../paths.ts'

export function AreaNav() {
  const { t } = useTranslation()
  const me = useMe()
  const { pathname } = useLocation()
  const links = [
    { to: MODELS_PATH, label: t('models.sections.models'), show: canUseModels(me), exact: true },
    { to: NOMINATIONS_PATH, label: t('models.sections.nominations'), show: canUseNominations(me) },
    { to: COMMENDATIONS_PATH, label: t('models.sections.commendations'), show: canUseNominations(me) },
    { to: RECOGNITIONS_PATH, label: t('models.sections.recognitions'), show: canUseNominations(me) },
    { to: STORIES_PATH, label: t('models.sections.stories'), show: canUseStories(me) },
    { to: SUGGESTIONS_PATH, label: t('models.sections.suggestions'), show: canModerateSuggestions(me) },
    { to: MODEL_STATS_PATH, label: t('models.sections.stats'), show: canUseModelStats(me) },
    { to: MOVEMENTS_PATH, label: t('models.sections.movements'), show: canUseModels(me) },
    { to: RUBRICS_PATH, label: t('rubrics.nav'), show: canUseRubrics(me) },
  ].filter((l) => l.show)
  return (
    <Group component="nav" aria-label={t('models.sections.label')} gap="xs" wrap="wrap">
      {links.map((l) => {
        const current = pathname === l.to || (!l.exact && pathname.startsWith(`${l.to}/`))
        return (
          <Button key={l.to} component={Link} to={l.to} size="sm" variant={current ? 'filled' : 'default'} aria-current={current ? 'page' : undefined}>
            {l.label}
          </Button>
        )
      })}
    </Group>
  )
}
