// The path of a link's href, as `new URL(href, 'https://www.instagram.com').pathname` gives it.
// Instagram writes its links as plain root-relative paths ("/maya.bakes/", "/p/<code>/liked_by/"),
// and a post holds a dozen of them that the adapter reads several times, so building a URL for
// each one was the largest single cost of a read. A plain path is read as it stands; anything else
// (a full URL, "//host", a dot segment, a space, a backslash, "%", non-ASCII) still goes to URL.

const BASE = 'https://www.instagram.com';

// A root-relative href whose path is only unreserved characters in segments that are not "." or
// "..", ending where its query or fragment starts: URL leaves such a path exactly as written.
const PLAIN_PATH = /^(?!\/\/)(?:\/(?!\.\.?(?:[/?#]|$))[\w.~-]*)+(?=[?#]|$)/;

export function pathOf(href: string | null): string {
  if (!href) return '';
  const plain = PLAIN_PATH.exec(href);
  if (plain) return plain[0];
  try {
    return new URL(href, BASE).pathname;
  } catch {
    return '';
  }
}
