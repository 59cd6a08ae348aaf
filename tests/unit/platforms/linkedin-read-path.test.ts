// The shortcuts the LinkedIn adapter takes on a full read give what the long way gives: posts
// found once however their URN is nested, a post text without screen-reader words read without
// copying it (and trimmed before excerpt folds it), the promoted label read without folding its
// text, and plain profile links read without the URL parser.
import { excerpt } from '@/lib/platforms/dom';
import { linkedinAdapter as adapter } from '@/lib/platforms/linkedin';
import { isPromoted, linkedInHandle } from '@/lib/platforms/linkedin/actor';
import { snowflakeMs } from '@/lib/platforms/linkedin/adapter';

const ID = '7100000000000000001';
const OTHER = '7100000000000000002';
const parse = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
const card = (attr: string, id: string, inner = '') =>
  `<div ${attr}="urn:li:activity:${id}"><div class="update-components-text">post ${id}</div>${inner}</div>`;
const found = (body: string) => adapter.findPosts(parse(body)).map((el) => el.getAttribute('data-n'));

describe('linkedin: findPosts keeps the innermost element of a URN', () => {
  it.each([
    ['data-id', 'data-urn'],
    ['data-urn', 'data-id'],
    ['data-urn', 'data-urn'],
    ['data-id', 'data-id'],
  ])('a %s wrapper around a %s card of the same post gives the card', (outer, inner) => {
    const body = `<div ${outer}="urn:li:activity:${ID}" data-n="wrapper"><p>${card(inner, ID).replace('<div ', '<div data-n="card" ')}</p></div>`;
    expect(found(body)).toEqual(['card']);
  });

  it('keeps a wrapper whose inner card is another post, and two cards of one post side by side', () => {
    const nested = `<div data-urn="urn:li:activity:${ID}" data-n="a">${card('data-id', OTHER).replace('<div ', '<div data-n="b" ')}</div>`;
    expect(found(nested)).toEqual(['a', 'b']);
    const twice = `<div data-n="1" data-urn="urn:li:activity:${ID}"></div><div data-n="2" data-id="urn:li:activity:${ID}"></div>`;
    expect(found(twice)).toEqual(['1', '2']);
  });
});

describe('linkedin: post text', () => {
  const ctx = { url: new URL('https://www.linkedin.com/feed/'), locale: 'en' };
  it('leaves screen-reader words out, and reads a text without them as it is', () => {
    const hashtag = `<span class="visually-hidden">hashtag</span><a>#</a>rust`;
    const doc = parse(
      `${card('data-urn', ID).replace(`post ${ID}`, `Hello  ${hashtag}`)}${card('data-urn', OTHER)}`,
    );
    const texts = adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx)?.text);
    expect(texts).toEqual(['Hello #rust', `post ${OTHER}`]);
  });
});

describe('linkedin: linkedInHandle', () => {
  // The long way, as the adapter always read a link: the URL parser's path, then the slug decoded.
  function parsed(href: string): string | null {
    try {
      const m = new URL(href, 'https://www.linkedin.com').pathname.match(
        /^\/(in|company|school|showcase)\/([^/]+)/,
      );
      if (!m?.[1] || !m[2]) return null;
      const slug = decodeURIComponent(m[2]);
      return m[1] === 'in' ? slug : `${m[1]}/${slug}`;
    } catch {
      return null;
    }
  }
  it.each([
    '/in/jane-doe/',
    '/in/jane-doe',
    'https://www.linkedin.com/in/jane_doe?miniProfileUrn=urn%3Ali',
    'https://www.linkedin.com/company/acme/posts/?x=1#y',
    '/school/a-b/',
    '/showcase/x#frag',
    '/in/jane/../../company/acme/',
    '/in/%2e%2e/company/acme',
    '/in/%2e/',
    '/in/j%C3%A9r%C3%B4me/',
    '/in/%E0%A4%A/',
    '/in/a.b/',
    '/in/jane\tdoe/',
    '/in/jane\\..\\x',
    'https://WWW.LINKEDIN.COM/in/x',
    'https://evil.example/in/x',
    '//www.linkedin.com/in/x',
    '/in//x',
    '/feed/',
    'in/x',
  ])('%s', (href) => {
    expect(linkedInHandle(href)).toBe(parsed(href));
  });
});

describe('linkedin: snowflakeMs', () => {
  it('shifts ids of 6 to 25 digits as BigInt does', () => {
    let seed = 7;
    const digit = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String(seed % 10);
    };
    const ids = ['7100000000000000001', '999999999999999', '1000000000000000', '9999999999999999999999999'];
    for (let len = 6; len <= 25; len++) {
      for (let k = 0; k < 200; k++)
        ids.push(`${1 + (k % 9)}${Array.from({ length: len - 1 }, digit).join('')}`);
      ids.push('9'.repeat(len), `1${'0'.repeat(len - 1)}`);
    }
    for (const id of ids) expect(snowflakeMs(id), id).toBe(Number(BigInt(id) >> 22n));
  });
});

describe('linkedin: text read as the long way reads it', () => {
  const ctx = { url: new URL('https://www.linkedin.com/feed/'), locale: 'en' };
  const long = `${'word '.repeat(55)}end`;
  // White space LinkedIn indents with, none, and what the fold must still see inside the text.
  const TEXTS = [
    '\n\n      \n   We cut onboarding from 14 days to 3.\n     \n   ',
    'Plain text',
    '  leading',
    'trailing \n',
    'inner  double',
    'inner\nline',
    '\u00a0no-break\u00a0',
    '\u2028x\u2029',
    ' \t ',
    '',
    long,
    `\n      ${long}\n      `,
    `\n   ${'x'.repeat(279)}   `,
    `\n   ${'x'.repeat(281)}`,
  ];

  it.each(TEXTS)('post text %j', (raw) => {
    const doc = parse(card('data-urn', ID));
    doc.querySelector('.update-components-text')!.textContent = raw;
    // The long way: excerpt of the text as it is (excerpt folds and trims).
    expect(adapter.readPost(adapter.findPosts(doc)[0]!, ctx)?.text ?? '').toBe(excerpt(raw));
  });

  it.each([
    'Promoted',
    '  Promoted \n   ',
    'promoted',
    'PROMOTED',
    'Gesponsert',
    'プロモーション',
    '3d • \n      \n    ',
    '3d •\n   Promoted',
    'Promoted • Jane',
    'Pro moted',
    'Pro\n moted',
    'Promoted\u00a0by Acme',
    '\u00a0Promoted\u00a0',
    '\u2028Promoted',
    'Promoted\u200b',
    '••',
    '',
  ])('promoted label %j', (raw) => {
    const actor = (text: string) => {
      const doc = parse(
        '<div class="update-components-actor"><span class="update-components-actor__sub-description"><span aria-hidden="true"></span></span></div>',
      );
      doc.querySelector('[aria-hidden]')!.textContent = text;
      return doc.querySelector('.update-components-actor');
    };
    // The long way read the folded text (textOf): the same text folded beforehand reads alike.
    expect(isPromoted(actor(raw))).toBe(isPromoted(actor(raw.replace(/\s+/g, ' ').trim())));
  });
});
