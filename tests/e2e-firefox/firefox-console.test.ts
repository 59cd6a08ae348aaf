// Which of Firefox's reports about PostLens are teardown noise (left out of the error checks).
import { describe, expect, it } from 'vitest';
import { type ExtensionError, isUnloadNoise } from '../harness/firefox-console';

const uncaught = (message: string): ExtensionError => ({ kind: 'uncaught', message, source: 'x.js:1' });

describe('isUnloadNoise', () => {
  it.each([
    [uncaught('Promise resolved after context unloaded\n'), true],
    [
      uncaught(
        "Promise rejected after context unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved",
      ),
      true,
    ],
    [uncaught('TypeError: e is undefined'), false],
    [uncaught('Error: Promise rejected after context unloaded'), false],
    [{ kind: 'console', message: 'Promise resolved after context unloaded', source: 'x.js' } as const, false],
  ])('%o → %s', (error, noise) => {
    expect(isUnloadNoise(error)).toBe(noise);
  });
});
