// The frame of the public showcase (no account): the site's name, the public pages (models, stories, feedback, leaders'
// commitments), the language switch and a way to sign in. Light for a cheap phone: one column, large targets, nothing
// loaded from elsewhere. The stories' public pages (/cong-khai/bai-viet…) sit in it too.
import { useTranslation } from 'react-i18next'
import { PublicFrame } from '../../../components/PublicFrame.tsx'
import { PUBLIC_EXEMPLARY_PATH } from '../../exemplary/public/publicApi.ts'
import { FEEDBACK_PUBLIC_PATH } from '../../feedback/paths.ts'
import { PUBLIC_STORIES_PATH, SHOWCASE_PATH } from '../paths.ts'

export function ShowcaseLayout() {
  const { t } = useTranslation()
  const links = [
    { to: SHOWCASE_PATH, label: t('showcase.nav.models') },
    { to: PUBLIC_STORIES_PATH, label: t('showcase.nav.stories') },
    { to: FEEDBACK_PUBLIC_PATH, label: t('showcase.nav.feedback') },
    { to: PUBLIC_EXEMPLARY_PATH, label: t('showcase.nav.exemplary') },
  ]
  return (
    <PublicFrame
      brand={t('showcase.brand')}
      home={{ to: SHOWCASE_PATH, label: t('showcase.brandHome') }}
      width={960}
      signIn={{ signIn: t('showcase.nav.signIn'), openApp: t('showcase.nav.openApp') }}
      nav={{ label: t('showcase.nav.label'), links }}
      footer={t('showcase.footer')}
    />
  )
}
