// A message with a control inside it ("Keep snapshots for $1 days"): the one sentence is
// translated whole, and the control goes where the language puts $1.

/** Passed as the substitution that marks the control's place: t('…', SLOT). */
export const SLOT = '\uE000';

/** The text before and after the control in a message asked for with SLOT. */
export function aroundSlot(message: string): [string, string] {
  const at = message.indexOf(SLOT);
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + SLOT.length)];
}
