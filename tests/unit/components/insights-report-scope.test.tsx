// The Overview's report (Download PNG, Copy image, Print) is the figures, not the page's controls:
// the set, platform and author selects and the period's radios and date fields stay out of it, as
// every control marked report-omit does (report-image.ts inReport, base.css for print). With them
// out, a line of words says whose posts the figures are: the set (by name, with its authors), the
// platform and the author, as chosen, in the user's language.

import { inReport } from '@/components/common/report-image';
import { OverviewView } from '@/components/insights/overview';
import { annotationsItem } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import type { PostRow } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);

const row = (platform: 'x' | 'reddit', handle: string): PostRow =>
  postRow({
    platform,
    authorKey: `${platform}:${handle}`,
    authorHandle: handle,
    date: NOW - D,
    firstSeen: NOW - D,
    lastSeen: NOW - D,
    engagement: 5,
  });

// alpha and carol are in the set, gamma is not; beta has no post stored; r/foo is a community.
const rows = [row('x', 'alpha'), row('x', 'gamma'), row('reddit', 'carol')];
const SET = ['x:alpha', 'x:beta', 'reddit:carol', 'reddit:r/foo'];

beforeEach(async () => {
  await resetAll();
  await annotationsItem.setValue({
    sets: [{ id: 's1', name: 'Competitors A', authorKeys: SET }],
    tags: {},
    notes: {},
  });
});

/** The report's element: what ShareReport draws and prints. */
const report = () => document.querySelector<HTMLElement>('section.overview')!;

/** Whether a node is in the picture: it and every node above it, up to the report, pass inReport. */
function drawn(node: Node, root: HTMLElement): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (!inReport(n)) return false;
    if (n === root) return true;
  }
  return false;
}

/** The controls the picture and the printed page would hold. */
const controlsDrawn = () =>
  [...report().querySelectorAll('button, select, input, textarea')]
    .filter((el) => drawn(el, report()))
    .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('type') ?? ''}`.trim());

const scope = () => {
  const line = report().querySelector('.overview-scope');
  return line && drawn(line, report()) ? line.textContent : null;
};

async function chooseSet() {
  render(<OverviewView rows={rows} now={NOW} />);
  fireEvent.change(await screen.findByLabelText('Set'), { target: { value: 's1' } });
}

it('leaves every control out of the report: selects, radios, date fields and buttons', async () => {
  await chooseSet();
  await screen.findByRole('article', { name: 'Posts seen' });
  // They are on the page, for the user to choose with.
  expect(report().querySelectorAll('select')).toHaveLength(3);
  expect(controlsDrawn()).toEqual([]);
  // Custom adds the two date fields: out too.
  fireEvent.click(screen.getByLabelText('Custom'));
  expect(screen.getByLabelText(/^From/)).toBeTruthy();
  expect(controlsDrawn()).toEqual([]);
  // The figures and their period stay.
  expect(drawn(report().querySelector('.overview-period')!, report())).toBe(true);
  expect(drawn(screen.getByRole('article', { name: 'Posts seen' }), report())).toBe(true);
});

it('says whose posts it covers, in words the report keeps: set, platform and author as chosen', async () => {
  render(<OverviewView rows={rows} now={NOW} />);
  await screen.findByLabelText('Set');
  expect(scope()).toBe('Authors: all; platform: all; author: all');
  fireEvent.change(screen.getByLabelText('Set'), { target: { value: 's1' } });
  // Its people: r/foo is a community, no author; beta counts though no post of theirs is stored.
  await waitFor(() =>
    expect(scope()).toBe('Authors: set “Competitors A” (3 authors); platform: all; author: all'),
  );
  fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'x' } });
  expect(scope()).toBe('Authors: set “Competitors A” (3 authors); platform: X; author: all');
  fireEvent.change(screen.getByLabelText(/^Author/), { target: { value: 'x:alpha' } });
  expect(scope()).toBe('Authors: set “Competitors A” (3 authors); platform: X; author: ALPHA @alpha · X');
});

it('says so when the set chosen was deleted meanwhile (another tab)', async () => {
  await chooseSet();
  await annotationsItem.setValue({ sets: [], tags: {}, notes: {} });
  await waitFor(() =>
    expect(scope()).toBe('Authors: a deleted set (no authors); platform: all; author: all'),
  );
});

it('in German', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  try {
    render(<OverviewView rows={rows} now={NOW} />);
    fireEvent.change(await screen.findByLabelText('Gruppe'), { target: { value: 's1' } });
    fireEvent.change(screen.getByLabelText('Plattform'), { target: { value: 'reddit' } });
    await waitFor(() =>
      expect(scope()).toBe('Autoren: Gruppe „Competitors A“ (3 Autoren); Plattform: Reddit; Autor: alle'),
    );
  } finally {
    setMessageLookup(lookupFrom(await loadMessages('en')));
  }
});
