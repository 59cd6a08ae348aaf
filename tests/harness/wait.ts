// Bounded waiting, the same in both browsers' harnesses.

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Calls `probe` every `intervalMs` until `done` holds or `timeoutMs` passes; returns the last value. */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await sleep(intervalMs);
    value = await probe();
  }
  return value;
}
