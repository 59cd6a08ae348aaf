// One read and one storage listener per page for a stored value many components show
// (components/common/shared-read.ts), as the annotations use it: a view opened after the page read
// them draws with them at once, an edit reaches every view, and the last view to go stops the
// listener.

import { useAnnotations } from '@/components/annotations';
import { sharedRead } from '@/components/common/shared-read';
import { annotationsItem, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { render, screen, waitFor } from '../testing-library';
import { resetAll, spyOnWatch } from './helpers';

beforeEach(resetAll);

const SETS = [{ id: 's1', name: 'Competitors', authorKeys: ['x:rival'] }];

/** Shows how many sets it knows, and notes it at each render. */
function SetCount({ name, seen }: { name: string; seen: number[] }) {
  const n = useAnnotations().annotations.sets.length;
  seen.push(n);
  return <p>{`${name}: ${n}`}</p>;
}

it('reads the annotations once for every view, and a view opened later draws with them at once', async () => {
  await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, sets: SETS });
  const read = vi.spyOn(annotationsItem, 'getValue');
  onTestFinished(() => read.mockRestore());
  const first: number[] = [];
  const later: number[] = [];
  const Page = ({ view }: { view: boolean }) => (
    <div>
      <SetCount name="page" seen={first} />
      {view ? <SetCount name="view" seen={later} /> : null}
    </div>
  );
  const { rerender } = render(<Page view={false} />);
  await screen.findByText('page: 1');
  rerender(<Page view={true} />);
  await screen.findByText('view: 1');
  // Its every render had the set: not 0 first and then 1 (a second drawing of the whole view).
  expect(later.every((n) => n === 1)).toBe(true);
  expect(read).toHaveBeenCalledTimes(1);
});

it('hands a change stored elsewhere to every view, through one listener taken off with the last view', async () => {
  const { watch, unwatched } = spyOnWatch(annotationsItem);
  const page = render(
    <>
      <SetCount name="a" seen={[]} />
      <SetCount name="b" seen={[]} />
    </>,
  );
  await screen.findByText('a: 0');
  await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, sets: SETS });
  await screen.findByText('a: 1');
  await screen.findByText('b: 1');
  expect(watch).toHaveBeenCalledTimes(1);
  page.unmount();
  await waitFor(() => expect(unwatched).toHaveBeenCalledTimes(1));
});

it('lets a change stored while the first read is on its way win over that read', async () => {
  let answer: (v: string) => void = () => {};
  let changed: (v: string) => void = () => {};
  const shared = sharedRead<string>(
    () => new Promise((resolve) => (answer = resolve)),
    (cb) => {
      changed = cb;
      return () => {};
    },
  );
  function Show() {
    const s = shared.use();
    return <p>{s.status === 'read' ? s.value : s.status}</p>;
  }
  render(<Show />);
  await screen.findByText('loading');
  changed('newer');
  await screen.findByText('newer');
  answer('older');
  await new Promise((r) => setTimeout(r, 0));
  expect(screen.getByText('newer')).toBeTruthy();
});

it('says a value could not be read, and publishes one just stored to every view', async () => {
  const shared = sharedRead<string>(
    () => Promise.reject(new Error('storage gone')),
    () => () => {},
  );
  function Show({ name }: { name: string }) {
    const s = shared.use();
    return <p>{`${name}: ${s.status === 'read' ? s.value : s.status}`}</p>;
  }
  render(
    <>
      <Show name="a" />
      <Show name="b" />
    </>,
  );
  await screen.findByText('a: failed');
  shared.publish('saved');
  await screen.findByText('a: saved');
  await screen.findByText('b: saved');
});
