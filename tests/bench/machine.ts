// One line saying what the figures were measured on: they mean little without it.
import { cpus, loadavg, totalmem } from 'node:os';
import type { E2ESession } from '../harness/session';

export async function describeMachine(session: E2ESession): Promise<string> {
  const page = await session.browser.context.newPage();
  let browser = 'Chromium (version unknown)';
  try {
    const cdp = await session.browser.context.newCDPSession(page);
    const v = await cdp.send('Browser.getVersion');
    browser = v.product.replace('HeadlessChrome', 'Chromium (headless)');
  } catch {
    // The version is a nicety; the figures stand without it.
  } finally {
    await page.close();
  }
  const cpu = cpus();
  return [
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM`,
    `${process.platform} ${process.arch}`,
    browser,
    `Node ${process.version}`,
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  ].join(', ');
}
