// The frame of the public feedback pages (no account): the site's name, the language switch and the two pages (send,
// follow) with the showcase — built for a phone on a slow connection: one column, large targets, nothing loaded from
// elsewhere.
import { useTranslation } from 'react-i18next'
import { PublicFrame } from '../../../components/PublicFrame.tsx'
import { SHOWCASE_PATH } from '../../showcase/paths.ts'
import { FEEDBACK_LOOKUP_PATH, FEEDBACK_PUBLIC_PATH } from '../paths.ts'

export function FeedbackPublicLayout() {
  const { t } = useTranslation()
  const links = [
    { to: FEEDBACK_PUBLIC_PATH, label: t('feedback.sendLink'), end: true },
    { to: FEEDBACK_LOOKUP_PATH, label: t('feedback.lookupLink') },
    { to: SHOWCASE_PATH, label: t('showcase.nav.models') },
  ]
  return <PublicFrame brand={t('feedback.brand')} width={720} nav={{ label: t('nav.label'), links }} footer={t('app.tagline')} />
}
