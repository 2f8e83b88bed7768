/** What the digest and the Tier History say about a customer that left the book. */
import { localize, type Locale } from '../i18n';

const GONE = {
  en: 'no longer in the Customers sheet (or no value)',
  zh: '已不在客户表中（或没有数值）',
};

/** The reason given for a gone customer. */
export function goneReason(locale: Locale): string {
  return localize(GONE, locale);
}
