/**
 * Owns which languages Unknot speaks and how one is chosen: the person's
 * setting wins; "system" follows the OS (app.getLocale() in Electron,
 * navigator.languages in a browser), matching on the language part
 * ("de-AT" → German) and falling back to English.
 */

/** Languages a person can choose, with their own names (never translated). */
export const LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'de', name: 'Deutsch' },
] as const;
export type LanguageId = (typeof LANGUAGES)[number]['id'];

/** The setting: a language, or "system" to follow the OS. */
export const LANGUAGE_PREFERENCES = ['system', ...LANGUAGES.map((l) => l.id)] as ['system', ...LanguageId[]];
export type LanguagePreference = 'system' | LanguageId;

/**
 * The pseudo-locales: English made accented and about a third longer (en-XA),
 * and mirrored right-to-left (ar-XB). Chrome and Android use these tags, so a
 * test selects one through the browser's language, never through a setting a
 * person could pick by accident.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];

/** Catalogs that exist: every language plus the pseudo-locales. */
export type CatalogLocale = LanguageId | PseudoLocale;

/** Whether a catalog's text runs right to left. */
export const isRightToLeft = (locale: CatalogLocale): boolean => locale === 'ar-XB';

const isLanguageId = (id: string): id is LanguageId => LANGUAGES.some((l) => l.id === id);

/**
 * The catalog to show. `systemLanguages` is the OS's preference list, best
 * first; the first one Unknot speaks wins.
 */
export function resolveLocale(preference: LanguagePreference, systemLanguages: readonly string[]): CatalogLocale {
  if (preference !== 'system') return preference;
  for (const tag of systemLanguages) {
    const pseudo = PSEUDO_LOCALES.find((p) => p.toLowerCase() === tag.toLowerCase());
    if (pseudo) return pseudo;
    const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
    if (isLanguageId(language)) return language;
  }
  return 'en';
}

/**
 * The BCP 47 tag for Intl formatting: the OS's own region when it speaks the
 * chosen language (de-AT keeps Austrian dates), otherwise the language alone.
 */
export function formattingLocale(locale: CatalogLocale, systemLanguages: readonly string[]): string {
  if ((PSEUDO_LOCALES as readonly string[]).includes(locale)) return 'en';
  const sameLanguage = systemLanguages.find((tag) => tag.split(/[-_]/)[0]?.toLowerCase() === locale);
  return sameLanguage?.replace('_', '-') ?? locale;
}
