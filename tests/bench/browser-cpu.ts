// The browser's own CPU time: its main process and every process under it (renderers, the
// storage service, the GPU process), read from /proc on Linux. The storage figure writes 100,000
// snapshots in under a minute; after its last answer the browser keeps working on them for
// seconds (IndexedDB's LevelDB compacting what was written), and a page opened meanwhile waits
// on that. A manager's database of 10,000 posts grows over weeks and is opened at rest, so the
// page figures after the storage figure are taken once the browser is idle again (the wait is
// printed, and the dashboard is also timed before it: `dashboard.10k.burst.ms`).
import { readdirSync, readFileSync } from 'node:fs';

/** A process's user + system time in ms, and its parent's pid; null when it is gone. */
function stat(pid: string): { ms: number; ppid: string } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces), from field 3 on.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15) in clock ticks, 100 a second on Linux.
    return { ms: (Number(f[11]) + Number(f[12])) * 10, ppid: f[1]! };
  } catch {
    return null;
  }
}

/** CPU ms used so far by the browser started with `userDataDir` and its children; null off Linux. */
export function browserCpuMs(userDataDir: string): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const stats = new Map<string, { ms: number; ppid: string }>();
  const roots = new Set<string>();
  for (const pid of pids) {
    const st = stat(pid);
    if (!st) continue;
    stats.set(pid, st);
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${userDataDir}`))
        roots.add(pid);
    } catch {
      // Gone meanwhile.
    }
  }
  if (roots.size === 0) return null;
  const inTree = (pid: string): boolean => {
    for (let p: string | undefined = pid, hops = 0; p && p !== '0' && hops < 16; hops++) {
      if (roots.has(p)) return true;
      p = stats.get(p)?.ppid;
    }
    return false;
  };
  let total = 0;
  for (const [pid, st] of stats) if (inTree(pid)) total += st.ms;
  return total;
}

export interface Settled {
  /** How long the wait took. */
  waitedMs: number;
  /** False when the browser was still busy at the deadline, or its CPU time could not be read. */
  idle: boolean;
}

/**
 * Waits until the browser used less than `share` of one core over a whole `windowMs`, at most
 * `maxMs`.
 */
export async function waitBrowserIdle(
  userDataDir: string,
  { windowMs = 1000, share = 0.1, maxMs = 60_000 } = {},
): Promise<Settled> {
  const start = Date.now();
  let last = browserCpuMs(userDataDir);
  if (last === null) return { waitedMs: 0, idle: false };
  while (Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = browserCpuMs(userDataDir);
    if (now === null) return { waitedMs: Date.now() - start, idle: false };
    if (now - last < windowMs * share) return { waitedMs: Date.now() - start, idle: true };
    last = now;
  }
  return { waitedMs: Date.now() - start, idle: false };
}
