// The on-page badge: one chip beside a post's action bar, and a card on hover or focus.
// Everything from the page arrives as strings in BadgeView and is rendered as text by Preact.
import { useRef, useState } from 'preact/hooks';
import type { BadgeView } from '@/lib/metrics';
import { Sparkline } from './sparkline';

export function Badge({ view, onOpen }: { view: BadgeView; onOpen?: (key: string) => void }) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  // Focus moving from the chip to the card's own button keeps the card open.
  const closeUnlessInside = (e: FocusEvent) => {
    if (!wrap.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
  };
  const cardId = `postlens-card-${view.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover only keeps the card open while the pointer moves onto it; keyboard users get the same card by focusing the button.
    <div
      ref={wrap}
      class="wrap"
      onFocusOut={closeUnlessInside}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        class={`chip band-${view.band ?? 'none'}`}
        aria-label={view.label}
        aria-expanded={open}
        aria-describedby={open ? cardId : undefined}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        <span class="dot" aria-hidden="true" />
        <span class="headline">{view.headline}</span>
        <span class="basis">
          {view.basis === 'views' ? 'ER·v' : view.basis === 'followers' ? 'ER·f' : ''}
        </span>
        {view.band && <span class="band">{view.band}</span>}
        {view.velocity && <span class="velocity">{view.velocity}</span>}
        {view.outlier && <span class="outlier">{view.outlier}</span>}
      </button>
      {open && <Card view={view} id={cardId} onOpen={onOpen} />}
    </div>
  );
}

function Card({ view, id, onOpen }: { view: BadgeView; id: string; onOpen?: (key: string) => void }) {
  return (
    <div class="card" id={id} role="tooltip">
      <p class="card-title">
        {view.headline} {view.basisText}
        {view.band ? ` · ${view.band}` : ''}
      </p>
      {view.author && <p class="author">{view.author}</p>}
      <dl class="counts">
        {view.counts.map((c) => (
          <div key={c.label}>
            <dt>{c.label}</dt>
            <dd>{c.value}</dd>
          </div>
        ))}
      </dl>
      <ul class="rates">
        {view.rates.map((r) => (
          <li key={r.label}>
            <strong>{r.label}</strong> {r.value}
            <br />
            <code>{r.formula}</code>
          </li>
        ))}
      </ul>
      <p>Velocity: {view.velocity ?? 'needs two snapshots'}</p>
      {view.outlier && <p>Against this author's other posts: {view.outlier}</p>}
      <p class="seen">
        First seen {view.firstSeen ?? 'now'} · last seen {view.lastSeen ?? 'now'}
      </p>
      <Sparkline values={view.history} label="Engagement over PostLens snapshots" />
      {onOpen && (
        <button type="button" class="open" onClick={() => onOpen(view.key)}>
          History and campaigns…
        </button>
      )}
    </div>
  );
}
