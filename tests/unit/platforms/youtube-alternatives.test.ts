// The YouTube adapter asks each group of selector alternatives once, as a list (alternatives.ts):
// it must find exactly what asking each alternative in turn finds.

import { queryFirst } from '@/lib/platforms/dom';
import { allOf, alternatives, firstOf } from '@/lib/platforms/youtube/alternatives';

const doc = new DOMParser().parseFromString(
  `<div id="item">
     <a id="a1" class="old" href="/x">old</a>
     <div class="row"><span id="s1">one</span><span id="s2" class="old">two</span></div>
     <div id="line"><span id="s3">three</span></div>
     <h3><a id="a2" title="t" class="new">new</a></h3>
   </div>`,
  'text/html',
);
const item = doc.getElementById('item')!;
const ids = (els: Element[]) => els.map((e) => e.id);

describe('youtube: selector alternatives asked as one list', () => {
  it('firstOf is queryFirst: the first alternative that matches wins, wherever its match is', () => {
    const sels = ['h3 a[title]', 'a.old'];
    expect(firstOf(item, alternatives(sels))?.id).toBe('a2');
    expect(firstOf(item, alternatives(sels))).toBe(queryFirst(item, sels));
    expect(firstOf(item, alternatives(['a.old', 'h3 a[title]']))?.id).toBe('a1');
    expect(firstOf(item, alternatives(['b', 'i']))).toBeNull();
    expect(firstOf(item, alternatives(['.row span']))?.id).toBe('s1');
  });

  it('allOf gives each alternative’s matches in turn, in document order, each element once', () => {
    const sels = ['#line span', '.row span', 'span.old'];
    const each = sels.flatMap((s) => Array.from(item.querySelectorAll(s)));
    // s2 matches ".row span" and "span.old": it comes once, where its first alternative puts it.
    expect(ids(allOf(item, alternatives(sels)))).toEqual(['s3', 's1', 's2']);
    expect(ids(allOf(item, alternatives(sels)))).toEqual(ids([...new Set(each)]));
    expect(allOf(item, alternatives(['b']))).toEqual([]);
  });
});
