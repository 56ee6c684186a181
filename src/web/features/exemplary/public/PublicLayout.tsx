// The frame of the public exemplary commitments (no account): the name of the site, the language switch and a way to
// sign in — no navigation menu; the other public pages are linked from the footer.
import { useTranslation } from 'react-i18next'
import { PublicFrame } from '../../../components/PublicFrame.tsx'
import { FEEDBACK_LOOKUP_PATH, FEEDBACK_PUBLIC_PATH } from '../../feedback/paths.ts'
import { SHOWCASE_PATH } from '../../showcase/paths.ts'

export function PublicLayout() {
  const { t } = useTranslation()
  const footerLinks = [
    { to: SHOWCASE_PATH, label: t('showcase.nav.models') },
    { to: FEEDBACK_PUBLIC_PATH, label: t('feedback.sendLink') },
    { to: FEEDBACK_LOOKUP_PATH, label: t('feedback.lookupLink') },
  ]
  return (
    <PublicFrame
      brand={t('public.brand')}
      width={960}
      signIn={{ signIn: t('public.signIn'), openApp: t('public.openApp') }}
      footerLinks={footerLinks}
      footer={t('app.tagline')}
    />
  )
}
