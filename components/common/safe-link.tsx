// A post's permalink: a link only when it is https on the post's own platform, else the url as
// plain text.
// Stored urls come from web pages and imported files, so nothing else may become clickable.
import type { ComponentChildren } from 'preact';
import { safePermalink } from '@/lib/platforms';
import type { Platform } from '@/lib/types';

interface Props {
  platform: Platform;
  url: string;
  children?: ComponentChildren;
  class?: string;
  /** Accessible name when the visible text is an icon. */
  label?: string;
  /** Render nothing (rather than plain text) when the url is not a safe permalink. */
  hideWhenUnsafe?: boolean;
}

export function SafeLink({ platform, url, children, class: cls, label, hideWhenUnsafe }: Props) {
  const href = safePermalink(platform, url);
  if (!href) return hideWhenUnsafe ? null : <span class={cls}>{url}</span>;
  return (
    <a class={cls} href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {children ?? href}
    </a>
  );
}
