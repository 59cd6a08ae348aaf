// Which locale a page writes its numbers in, for parseCount: the page's own <html lang> first (a
// user may read a German page in an English browser), then the browser's language, then "en".
// Kept apart from parse-count.ts so that one stays pure.

/** The canonical form of a BCP 47 tag, or null when it is not one ("en_US" is taken as "en-US"). */
function canonical(tag: string | null | undefined): string | null {
  const t = tag?.trim().replace(/_/g, '-');
  if (!t) return null;
  try {
    return Intl.getCanonicalLocales(t)[0] ?? null;
  } catch {
    return null;
  }
}

/** The locale to read root's numbers in. Never throws. */
export function pageLocale(root: Document | null): string {
  const fromPage = canonical(root?.documentElement?.getAttribute('lang'));
  if (fromPage) return fromPage;
  const fromBrowser = typeof navigator === 'undefined' ? null : canonical(navigator.language);
  return fromBrowser ?? 'en';
}
