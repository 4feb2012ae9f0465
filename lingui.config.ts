/**
 * Owns where Unknot's translations live and which languages ship. English is
 * the source; German is complete. Two pseudo-locales exist for the end-to-end
 * suite: `en-XA` (accented, bracketed and about a third longer) proves no string
 * bypasses the catalog and layouts survive longer text; `ar-XB` (mirrored
 * right-to-left) checks the layout flips. Chrome uses the same two tags.
 */
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'en-XA', 'ar-XB'],
  pseudoLocale: [
    { locale: 'en-XA', prepend: '[', append: ']', extend: 0.35, extendCharacter: '·' },
    { locale: 'ar-XB', rightToLeft: true },
  ],
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/renderer/src/locales/{locale}/messages',
      include: ['<rootDir>/renderer/src', '<rootDir>/common'],
    },
  ],
  format: formatter({ lineNumbers: false }),
});
