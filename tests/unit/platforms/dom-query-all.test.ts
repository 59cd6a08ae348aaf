// queryAll (lib/platforms/dom.ts) gives what `root.querySelectorAll(selector)` gives, in the same
// order: by the element name's elements asked `matches` for a name with attribute tests, through
// the query itself for any other selector.
import { queryAll } from '@/lib/platforms/dom';

const PAGE = `
  <article data-testid="tweet" id="a1"><article data-testid="tweet" id="a2"></article></article>
  <article data-testid="cellInnerDiv" id="a3"></article>
  <div data-testid="tweet" id="d1"><a href="/p/x]y/" id="l1"></a><a href="/reel/abc/" id="l2"></a></div>
  <section><article id="a4" data-testid="tweet" role="presentation"></article></section>
  <svg><a href="/p/svg/" id="l3"></a></svg>`;

const SELECTORS = [
  // one name with attribute tests: answered by the name
  'article[data-testid="tweet"]',
  'article[data-testid="tweet"][role="presentation"]',
  'a[href*="/p/"]',
  'a[href="/p/x]y/"]', // a "]" inside the value: not the short form, the query answers
  // anything else: the query as it is
  'article[data-testid="tweet"], div[data-testid="tweet"]',
  'section article[data-testid="tweet"]',
  'article[data-testid="tweet"] > article',
  '[data-testid="tweet"]',
  'article',
  'a:is([href*="/p/"], [href*="/reel/"])',
];

describe('queryAll', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it.each(SELECTORS)('%j finds what querySelectorAll finds, in page order', (selector) => {
    const ids = (els: Iterable<Element>) => Array.from(els, (el) => el.id);
    expect(ids(queryAll(document, selector))).toEqual(ids(document.querySelectorAll(selector)));
    expect(ids(queryAll(document.body, selector))).toEqual(ids(document.body.querySelectorAll(selector)));
  });

  it('asks the page for the name alone when the selector is a name with attribute tests', () => {
    const asked = vi.spyOn(document, 'querySelectorAll');
    const found = Array.from(queryAll(document, 'article[data-testid="tweet"]'), (el) => el.id);
    expect(asked.mock.calls.map(([sel]) => sel)).toEqual(['article']);
    expect(found).toEqual(['a1', 'a2', 'a4']);
  });
});
