// Labels the catalogue may not know yet.
import { useTranslation } from 'react-i18next'

/** An event kind a newer server adds shows as sent. */
export function useEventLabel() {
  const { t, i18n } = useTranslation()
  return (kind: string) => (i18n.exists(`nominations.event.${kind}`) ? t(`nominations.event.${kind}` as 'nominations.event.submitted') : kind)
}
