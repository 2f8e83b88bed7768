/** The languages the product speaks. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** A piece of user-facing text in every supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Maps a Google locale tag (`en_US`, `zh_CN`, `zh-TW`, `de`) to a product locale.
 * Every Chinese tag gets Simplified Chinese; everything else, English.
 */
export function localeFromTag(tag: string | null | undefined): Locale {
  return typeof tag === 'string' && /^zh(?:[-_]|$)/i.test(tag.trim()) ? 'zh' : 'en';
}

/** Picks the text for a locale. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
