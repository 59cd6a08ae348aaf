// Keyboard commands. toggle-badges flips the badges of the active tab's content script.
export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  setBadgesVisible(tabId: number): Promise<unknown>;
  warn(message: string): void;
}

export const TOGGLE_BADGES = 'toggle-badges';

/** Returns whether a content script answered; a tab without one is not an error. */
export async function onCommand(command: string, deps: CommandDeps): Promise<boolean> {
  if (command !== TOGGLE_BADGES) return false;
  try {
    const tabId = await deps.activeTabId();
    if (tabId === undefined) return false;
    const answer = await deps.setBadgesVisible(tabId);
    return answer !== undefined;
  } catch (e) {
    // Pages PostLens does not run on (new tab, chrome://, other sites) have no listener.
    // i18n-ignore: console log
    deps.warn(`PostLens: no badges to toggle on this tab (${e instanceof Error ? e.message : String(e)})`);
    return false;
  }
}
