// Mastodon runs on thousands of hosts, so its pages are recognised by markup, never by host.

// Any one of these identifies Mastodon's web app (and forks that keep its markup).
const MARKERS = [
  '#mastodon[data-props]', // every fixture: app/views/home/index.html.haml `.app-holder#mastodon{ data: { props } }`
  '.status[data-id] .status__action-bar', // every fixture: components/status.jsx + status_action_bar
  '.detailed-status__wrapper .detailed-status', // thread-ja.html: features/status/index.jsx
  '.account__header .account__header__extra__links', // profile-en.html: account_timeline header
];

/** Is root (a document or part of one) Mastodon's web app? */
export function isMastodonPage(root: ParentNode): boolean {
  return MARKERS.some((sel) => root.querySelector(sel) !== null);
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const domains = new WeakMap<Element, string | null>();

/** The instance's account domain from the page's initial state (it can differ from the web host,
 * e.g. accounts @x@example.com served from mastodon.example.com), else null. Cached per script
 * element, so a page that replaces its state is read afresh. */
function stateDomain(doc: Document): string | null {
  const script = doc.querySelector('script#initial-state');
  if (!script) return null;
  if (domains.has(script)) return domains.get(script) ?? null;
  let domain: string | null = null;
  try {
    const value: unknown = JSON.parse(script.textContent ?? '')?.meta?.domain;
    domain = typeof value === 'string' && DOMAIN.test(value) ? value.toLowerCase() : null;
  } catch {
    domain = null;
  }
  domains.set(script, domain);
  return domain;
}

/** The domain local accounts belong to, for the page of el. */
export function localDomain(el: Element, url: URL): string {
  return (el.ownerDocument ? stateDomain(el.ownerDocument) : null) ?? url.hostname.toLowerCase();
}

const ACCT = /^@?([\w.-]+)(?:@([a-z0-9.-]+))?$/i;

/** "alice" or "@alice@example.org" as a stable "alice@example.org": a local account shows no domain,
 * and the same person must have one key on every instance. Null when it is not an acct. */
export function fullAcct(acct: string | null | undefined, domain: string): string | null {
  const m = ACCT.exec((acct ?? '').trim());
  if (!m?.[1]) return null;
  return `${m[1]}@${(m[2] ?? domain).toLowerCase()}`;
}
