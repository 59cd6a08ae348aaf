// What the figures were measured on: they mean little without it. One line for the table's
// header, and the same facts as fields for the JSON report.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { REPO_ROOT } from '../harness/paths';
import type { E2ESession } from '../harness/session';
import type { Machine } from './report';

export interface MachineFacts {
  machine: Omit<Machine, 'loadEnd'>;
  /** "Chromium 1xx.… (headless)" as the browser says, or "Chromium (version unknown)". */
  chromium: string;
  node: string;
  /** The one line the bench prints. */
  line: string;
}

export const loadAverages = (): number[] => loadavg().map((l) => Number(l.toFixed(2)));

export async function describeMachine(session: E2ESession): Promise<MachineFacts> {
  const page = await session.browser.context.newPage();
  let chromium = 'Chromium (version unknown)';
  try {
    const cdp = await session.browser.context.newCDPSession(page);
    const v = await cdp.send('Browser.getVersion');
    // "HeadlessChrome/1.2.3.4" or, in the new headless mode, "Chrome/1.2.3.4".
    chromium = `Chromium ${v.product.split('/')[1] ?? v.product} (headless)`;
  } catch {
    // The version is a nicety; the figures stand without it.
  } finally {
    await page.close();
  }
  const machine = {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memBytes: totalmem(),
    platform: process.platform,
    arch: process.arch,
    loadStart: loadAverages(),
  };
  const line = [
    `${machine.nproc} × ${machine.cpuModel}`,
    `${(machine.memBytes / 1024 ** 3).toFixed(0)} GB RAM`,
    `${machine.platform} ${machine.arch}`,
    chromium,
    `Node ${process.version}`,
    `load average ${machine.loadStart.map((l) => l.toFixed(2)).join(' ')}`,
  ].join(', ');
  return { machine, chromium, node: process.version, line };
}

/** The commit the run measured, and whether the work tree had changes; nulls outside git. */
export function gitState(): { commit: string | null; dirty: boolean | null } {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit: git('rev-parse', 'HEAD').trim(), dirty: git('status', '--porcelain').trim() !== '' };
  } catch {
    return { commit: null, dirty: null };
  }
}
