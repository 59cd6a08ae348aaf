// An author key with no author record (deleted, or a set's from an import), named as the author
// comparison names an author: "@bob · X".
import { isolated } from '@/lib/format';
import { handleLabel, PLATFORM_NAMES } from '@/lib/platforms';
import { keyParts } from '@/lib/types';

/** "@bob · X" for "x:bob"; the key itself if unreadable. Plain text, the handle isolated. */
export function keyLabel(key: string): string {
  const parts = keyParts(key);
  return parts ? `${isolated(handleLabel(parts.rest))} · ${PLATFORM_NAMES[parts.platform]}` : isolated(key);
}
