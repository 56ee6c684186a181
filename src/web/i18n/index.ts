// i18next set up once: Vietnamese first, English on request; only the choice is kept in localStorage. The English
// catalogue is its own chunk, fetched only when English is chosen, so most people never download it.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Messages } from './en.ts'
import { vi } from './vi.ts'

export type Language = 'vi' | 'en'
const STORAGE_KEY = 'neuguong.language'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi'
  } catch {
    return 'vi'
  }
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  partialBundledLanguages: true,
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
})

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi'
}

async function loadEnglish(): Promise<void> {
  if (i18n.hasResourceBundle('en', 'translation')) return
  const { en } = await import('./en.ts')
  i18n.addResourceBundle('en', 'translation', en)
}

async function apply(language: Language): Promise<void> {
  // Offline without the English chunk cached: stay in Vietnamese rather than show keys.
  if (language === 'en') await loadEnglish().catch(() => { language = 'vi' })
  document.documentElement.lang = language
  await i18n.changeLanguage(language)
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private browsing without storage: the choice lasts for this visit only.
  }
  await apply(language)
}

/** Settles once the stored language's catalogue is in: main.tsx waits for it before the first render. */
export const i18nReady: Promise<void> = apply(storedLanguage())

export default i18n
