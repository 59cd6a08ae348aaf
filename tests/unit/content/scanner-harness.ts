// A Scanner driven by hand: over the document of an X home page, with PostLens's badges as its own
// nodes, and its flush run when a test settles (the mutation records first, a macrotask later,
// then the flush the scanner scheduled).
import { Scanner, type ScannerOptions } from '@/lib/read/scanner';

type Options = Pick<ScannerOptions, 'adapter' | 'onReadings'> & Partial<Omit<ScannerOptions, 'schedule'>>;

export function driveScanner(opts: Options) {
  let pending: (() => void) | null = null;
  const scanner = new Scanner({
    root: document,
    context: () => ({ url: new URL('https://x.com/home'), locale: 'en' }),
    isOwnNode: (n) => n.nodeName === 'POSTLENS-BADGE',
    ...opts,
    schedule: (f) => {
      pending = f;
    },
  });
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 0));
    const f = pending;
    pending = null;
    f?.();
  };
  return { scanner, settle };
}
