/**
 * Owns the renderer's active language: loads the chosen catalog (compiled from
 * renderer/src/locales/<locale>/messages.po by the Lingui Vite plugin, one
 * lazy chunk per language) and activates it. Components translate with
 * Lingui's macros (`<Trans>`, `t`, `plural`) or `useLingui()`.
 */
import { i18n } from '@lingui/core';
import {
  formattingLocale,
  isRightToLeft,
  PSEUDO_LOCALES,
  resolveLocale,
  type CatalogLocale,
  type LanguagePreference,
} from '@common/i18n/locales';

// English, the source language, ships in the first load: the first frame never
// waits for a chunk, so the shell (and its keyboard shortcuts) is up as soon as
// the page has loaded. Other languages load on first use.
import { messages as englishMessages } from '../locales/en/messages.po';

type Messages = Record<string, unknown>;
const catalogs: Record<CatalogLocale, () => Promise<{ messages: Messages }>> = {
  en: () => Promise.resolve({ messages: englishMessages }),
  de: () => import('../locales/de/messages.po'),
  'en-XA': () => import('../locales/en-XA/messages.po'),
  'ar-XB': () => import('../locales/ar-XB/messages.po'),
};

/** The browser's (or Electron's Chromium's) language list, best first. */
export function systemLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

const loaded = new Map<CatalogLocale, Messages>([['en', englishMessages]]);
let formatting = 'en';

/** The BCP 47 tag dates and numbers are formatted with (follows the chosen language). */
export function formatLocale(): string {
  return formatting;
}

/** Loads and activates the catalog for a preference; resolves once text can render. */
export async function activateLanguage(preference: LanguagePreference): Promise<CatalogLocale> {
  const system = systemLanguages();
  const locale = resolveLocale(preference, system);
  if (i18n.locale !== locale) {
    const messages = loaded.get(locale) ?? (await catalogs[locale]()).messages;
    loaded.set(locale, messages);
    i18n.loadAndActivate({ locale, messages: messages as never });
  }
  formatting = formattingLocale(locale, system);
  document.documentElement.lang = (PSEUDO_LOCALES as readonly string[]).includes(locale) ? 'en' : locale;
  document.documentElement.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
  return locale;
}

export { i18n };
