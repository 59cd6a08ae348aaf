// @vitest-environment node

// The bench's wait for the browser to come to rest (tests/bench/browser-cpu.ts), on stand-in
// processes: a child whose command line names a profile directory, busy or asleep.
import { type ChildProcess, spawn } from 'node:child_process';
import { browserCpuMs, waitBrowserIdle } from '@/tests/bench/browser-cpu';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** A process named like a browser started with `dir`, running `code`. */
async function standIn(dir: string, code: string): Promise<void> {
  const child = spawn(process.execPath, ['-e', code, '--', `--user-data-dir=${dir}`], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => setTimeout(r, 300));
}

describe('waiting for the browser to come to rest', () => {
  it('knows no browser of a profile nobody started', async () => {
    expect(browserCpuMs('/nonexistent/postlens-profile')).toBeNull();
    expect(await waitBrowserIdle('/nonexistent/postlens-profile')).toEqual({ waitedMs: 0, idle: false });
  });

  it('counts the CPU time of the process started with the profile', async () => {
    const dir = `/tmp/postlens-cpu-busy-${process.pid}`;
    await standIn(dir, 'const t = Date.now(); while (Date.now() - t < 5000) {}');
    const before = browserCpuMs(dir)!;
    await new Promise((r) => setTimeout(r, 500));
    expect(browserCpuMs(dir)! - before).toBeGreaterThan(100);
  });

  it('waits while it is busy, up to the deadline, and says it never came to rest', async () => {
    const dir = `/tmp/postlens-cpu-spin-${process.pid}`;
    await standIn(dir, 'const t = Date.now(); while (Date.now() - t < 5000) {}');
    const settled = await waitBrowserIdle(dir, { windowMs: 200, maxMs: 1000 });
    expect(settled.idle).toBe(false);
    expect(settled.waitedMs).toBeGreaterThanOrEqual(1000);
  });

  it('returns after one quiet window once it is at rest', async () => {
    const dir = `/tmp/postlens-cpu-rest-${process.pid}`;
    await standIn(dir, 'setTimeout(() => {}, 5000)');
    const settled = await waitBrowserIdle(dir, { windowMs: 200, maxMs: 3000 });
    expect(settled).toEqual({ waitedMs: expect.any(Number), idle: true });
    expect(settled.waitedMs).toBeLessThan(1000);
  });
});
