// The dashboard's views live in the URL hash, so the popup can link to a post and Back works.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'overview' }
  | { view: 'posts' }
  | { view: 'post'; key: string }
  | { view: 'authors' }
  | { view: 'insights' }
  | { view: 'data' }
  | { view: 'campaigns' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path.startsWith('post/')) {
    const raw = path.slice(5);
    let key = raw;
    try {
      key = decodeURIComponent(raw);
    } catch {
      // A malformed escape ("%", "%E0%A4"): the link names no stored post, and the post page says
      // so; falling through showed the overview, as if the link had worked.
    }
    if (key) return { view: 'post', key };
  }
  if (path === 'authors') return { view: 'authors' };
  if (path === 'insights') return { view: 'insights' };
  if (path === 'data') return { view: 'data' };
  if (path === 'campaigns') return { view: 'campaigns' };
  if (path === 'posts') return { view: 'posts' };
  // The landing view: how the authors browsed are doing, before any table.
  return { view: 'overview' };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}
