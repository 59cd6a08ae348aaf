// For a vi.mock factory that counts calls without changing what a module does: the module as it
// is, with the named exports wrapped in spies. No imports of its own, so any module's factory can
// load it (`async (original) => (await import('./spied-exports')).spiedExports(original, 'name')`).

export async function spiedExports<M>(original: <T = M>() => Promise<T>, ...names: string[]): Promise<M> {
  const real = (await original()) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...real };
  for (const name of names) {
    const fn = real[name];
    if (typeof fn !== 'function') throw new Error(`spiedExports: ${name} is not a function of the module`);
    out[name] = vi.fn(fn as (...args: unknown[]) => unknown);
  }
  return out as M;
}
