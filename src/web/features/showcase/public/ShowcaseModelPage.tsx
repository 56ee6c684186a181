// A model's public page (no account): title, badges, unit and commune, the commendation, photos with captions and
// credits, the story (sanitized HTML from the server), the results, how far it has spread, stories about it, and
// sharing. A person who has not consented to be shown appears only through the unit and the practice (the server
// leaves out the name, position and photos).
import { Anchor, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { todayIso } from '../../../../common/dates.ts'
import { BackLink, LoadFailure } from '../../../components/BackLink.tsx'
import { formatDate } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { RichTextView } from '../../../components/RichTextView.tsx'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { publicStoryPath, SHOWCASE_PATH } from '../paths.ts'
import { ModelBadges } from './components/ModelBadges.tsx'
import { PhotoGallery } from './components/PhotoGallery.tsx'
import { ShareButtons } from './components/ShareButtons.tsx'
import { SpreadSection } from './components/SpreadSection.tsx'
import { useShowcaseModel, type PublicModel } from './publicApi.ts'
import { placeLine } from '../paths.ts'

function Back() {
  const { t } = useTranslation()
  return <BackLink to={SHOWCASE_PATH}>{t('showcase.model.back')}</BackLink>
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={`showcase-${id}`}>
      <Title order={2} id={`showcase-${id}`}>
        {title}
      </Title>
      {children}
    </Stack>
  )
}

function Heading({ m }: { m: PublicModel }) {
  const { t } = useTranslation()
  const where = placeLine(m.unit.name, m.commune?.name)
  return (
    <Stack gap="xs">
      <Title order={1}>{m.title}</Title>
      <ModelBadges area={m.area} kind={m.kind} year={m.year} />
      {m.person && (
        <Text fw={500}>
          {t('showcase.model.person')}: {[m.person.fullName, m.person.position].filter(Boolean).join(', ')}
        </Text>
      )}
      <Text>
        {t('showcase.model.unit')}: {where}
      </Text>
      {m.movement && (
        <Text>
          {t('showcase.model.movement')}: {m.movement}
        </Text>
      )}
      {m.commendations.map((c) => (
        <Text key={`${c.issuer}-${c.number}`} fw={500}>
          {t('showcase.model.commendationLine', { form: t(`showcase.form.${c.form}`), number: c.number, date: formatDate(c.signedOn), issuer: c.issuer })}
          {c.title ? ` — ${c.title}` : ''}
        </Text>
      ))}
      <Text size="sm">{m.summary}</Text>
    </Stack>
  )
}

export function ShowcaseModelPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = useShowcaseModel(id)
  const m = query.data
  usePageTitle(m ? m.title : t('showcase.list.title'))

  if (query.isPending) return <Loading />
  if (query.error) return <LoadFailure back={<Back />} title={t('showcase.list.title')} error={query.error} onRetry={() => void query.refetch()} />
  if (!m) {
    return (
      <>
        <Back />
        <Title order={1}>{t('showcase.list.title')}</Title>
        <Text>{t('showcase.model.notFound')}</Text>
      </>
    )
  }

  return (
    <>
      <Back />
      <Heading m={m} />
      {m.photos.length > 0 && (
        <Section id="photos" title={t('showcase.model.photos')}>
          <PhotoGallery photos={m.photos} title={m.title} />
        </Section>
      )}
      {m.story && (
        <Section id="story" title={t('showcase.model.story')}>
          <RichTextView html={m.story} />
        </Section>
      )}
      {m.results && (
        <Section id="results" title={t('showcase.model.results')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{m.results}</Text>
        </Section>
      )}
      <Section id="spread" title={t('showcase.model.spread')}>
        <SpreadSection spread={m.spread} />
      </Section>
      {m.stories.length > 0 && (
        <Section id="stories" title={t('showcase.model.stories')}>
          <Stack component="ul" gap="xs" style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {m.stories.map((s) => (
              <li key={s.id}>
                <Anchor component={Link} to={publicStoryPath(s.id)} fw={500}>
                  {s.title}
                </Anchor>
                <Text size="sm">
                  {formatDate(todayIso(new Date(s.publishedAt)))} · {s.lead}
                </Text>
              </li>
            ))}
          </Stack>
        </Section>
      )}
      <Section id="share" title={t('showcase.model.share')}>
        <ShareButtons title={m.title} />
      </Section>
    </>
  )
}
