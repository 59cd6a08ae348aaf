// TEST BUILD ONLY (`npm run build:probe`, mode "probe"): a write can be held open, its requests
// issued and its transaction not yet committed, while an end-to-end test stops the service worker
// (tests/e2e/reliability-held-write.test.ts). The test sets __postlensHoldWrites in the worker;
// the held write counts its turns in __postlensWriteHeld, which proves it is in flight. Vite fixes
// MODE at build time, so in every other build this function returns at once and the rest is gone.
import type { WriteTx } from './transactions';

interface HoldFlags {
  __postlensHoldWrites?: boolean;
  __postlensWriteHeld?: number;
}

export async function holdForTest(tx: WriteTx): Promise<void> {
  if (import.meta.env.MODE !== 'probe') return;
  const flags = globalThis as HoldFlags;
  // An IndexedDB transaction commits once it has no request pending: one read after another keeps
  // it open for as long as the flag is set.
  while (flags.__postlensHoldWrites) {
    flags.__postlensWriteHeld = (flags.__postlensWriteHeld ?? 0) + 1;
    await tx.objectStore('batches').count();
  }
}
