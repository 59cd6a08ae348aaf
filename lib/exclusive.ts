// One read-change-write of a stored value at a time. Stars, annotations and saved views live in
// storage.local, which has no transactions: two pages (the popup and the dashboard, two dashboard
// tabs, options) each reading the value, changing it and writing it back would each drop the
// other's change. Every extension page and the service worker share the extension's origin, so a
// Web Lock of one name serialises them all; where there are no Web Locks (unit tests) a promise
// chain per name serialises this context's own changes.
const chains = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Runs `work` when no other `work` of the same name runs, in this context or another page. */
export function exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (locks && typeof locks.request === 'function') return locks.request(`postlens:${name}`, work);
  const run = (chains.get(name) ?? Promise.resolve()).then(work, work);
  chains.set(
    name,
    run.catch(() => {}),
  );
  return run;
}
