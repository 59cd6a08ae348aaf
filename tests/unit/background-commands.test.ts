// @vitest-environment node

import { onCommand, TOGGLE_BADGES } from '@/lib/background/commands';

function deps(tabId: number | undefined, answer: () => Promise<unknown>) {
  const sent: number[] = [];
  const warnings: string[] = [];
  return {
    sent,
    warnings,
    deps: {
      activeTabId: async () => tabId,
      setBadgesVisible: (id: number) => {
        sent.push(id);
        return answer();
      },
      warn: (m: string) => warnings.push(m),
    },
  };
}

describe('keyboard commands', () => {
  it('toggles the badges of the active tab', async () => {
    const d = deps(12, async () => false);
    expect(await onCommand(TOGGLE_BADGES, d.deps)).toBe(true);
    expect(d.sent).toEqual([12]);
  });

  it('ignores other commands', async () => {
    const d = deps(12, async () => true);
    expect(await onCommand('_execute_action', d.deps)).toBe(false);
    expect(d.sent).toEqual([]);
  });

  it('does nothing without an active tab', async () => {
    const d = deps(undefined, async () => true);
    expect(await onCommand(TOGGLE_BADGES, d.deps)).toBe(false);
    expect(d.sent).toEqual([]);
  });

  it('shrugs off a tab without a content script', async () => {
    const d = deps(3, () =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    expect(await onCommand(TOGGLE_BADGES, d.deps)).toBe(false);
    expect(d.warnings[0]).toContain('Receiving end does not exist');
  });
});
