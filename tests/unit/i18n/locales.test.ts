import { describe, expect, it } from 'vitest';
import { formattingLocale, isRightToLeft, resolveLocale } from '@common/i18n/locales';

describe('resolveLocale', () => {
  it('follows the first system language Unknot speaks, by its language part', () => {
    expect(resolveLocale('system', ['de-AT', 'en-US'])).toBe('de');
    expect(resolveLocale('system', ['fr-FR', 'de_CH', 'en'])).toBe('de');
    expect(resolveLocale('system', ['en-GB', 'de-DE'])).toBe('en');
  });

  it('falls back to English when no system language is shipped (or none is known)', () => {
    expect(resolveLocale('system', ['fr-FR', 'ja'])).toBe('en');
    expect(resolveLocale('system', [])).toBe('en');
    expect(resolveLocale('system', [''])).toBe('en');
  });

  it('lets the setting win over the system', () => {
    expect(resolveLocale('en', ['de-DE'])).toBe('en');
    expect(resolveLocale('de', ['en-US'])).toBe('de');
  });

  it('selects the pseudo-locales only by their exact tags', () => {
    expect(resolveLocale('system', ['en-XA'])).toBe('en-XA');
    expect(resolveLocale('system', ['ar-xb'])).toBe('ar-XB');
    expect(resolveLocale('system', ['ar-EG', 'en'])).toBe('en');
    expect(isRightToLeft('ar-XB')).toBe(true);
    expect(isRightToLeft('de')).toBe(false);
  });
});

describe('formattingLocale', () => {
  it("keeps the system's region when it speaks the chosen language", () => {
    expect(formattingLocale('de', ['de-AT', 'en-US'])).toBe('de-AT');
    expect(formattingLocale('de', ['de_CH'])).toBe('de-CH');
    expect(formattingLocale('en', ['en-GB'])).toBe('en-GB');
  });

  it('uses the bare language when the system speaks another one', () => {
    expect(formattingLocale('de', ['en-US'])).toBe('de');
    expect(formattingLocale('en-XA', ['en-XA'])).toBe('en');
  });
});
