// i18next set up once: Vietnamese first, English on request; only the choice is kept in localStorage.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, type Messages } from './en.ts'
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

const initial = storedLanguage()
document.documentElement.lang = initial

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
})

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi'
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private browsing without storage: the choice lasts for this visit only.
  }
  document.documentElement.lang = language
  await i18n.changeLanguage(language)
}

export default i18n
