// @vitest-environment node

// t() and tn(): the browser's lookup with Chrome's substitution rule, a key for a missing message,
// and the singular/plural choice with the count in the reader's locale.
import { afterEach } from 'vitest';
import { messagesLanguage, setMessageLookup, t, tn } from '../../../lib/i18n';
import { loadMessages, lookupFrom, substitute } from '../../harness/locale-messages';

const TABLE = new Map([
  ['a_plain', 'Posts seen'],
  ['a_two', '$1 of $2 posts'],
  ['a_dollar', 'costs $$$1'],
  ['a_posts', 'one post | $1 posts'],
  ['a_postsBy', '$1 post by $2 | $1 posts by $2'],
  ['a_empty', ''],
]);

const english = lookupFrom(await loadMessages('en'));
afterEach(() => setMessageLookup(english));

describe('t', () => {
  beforeEach(() => setMessageLookup((k, s) => substitute(TABLE.get(k) ?? '', s), 'en-US'));

  it.each([
    [['a.plain'], 'Posts seen'],
    [['a.two', 3, 'ten'], '3 of ten posts'],
    [['a.dollar', 5], 'costs $5'],
    [['a.missing'], 'a.missing'],
    [['a.empty'], 'a.empty'],
  ] as const)('t(%j) is %j', (args, expected) => {
    const [key, ...subs] = args;
    expect(t(key, ...subs)).toBe(expected);
  });

  it.each([
    [0, 'a.posts', [], '0 posts'],
    [1, 'a.posts', [], 'one post'],
    [2, 'a.posts', [], '2 posts'],
    [12345, 'a.posts', [], '12,345 posts'],
    [1, 'a.postsBy', ['@ana'], '1 post by @ana'],
    [3, 'a.postsBy', ['@ana'], '3 posts by @ana'],
  ] as const)('tn(%i, %s) is the right form', (count, key, subs, expected) => {
    expect(tn(key, count, ...subs)).toBe(expected);
  });
});

// The form is chosen before the substitutions go in: page text (an author, a campaign's name)
// holding " | " was cut as if it were the separator of the singular and plural forms.
describe('tn with page text holding " | "', () => {
  const who = 'Jane Doe | Marketing · LinkedIn';

  it.each([
    [3, 'insights.filter.authorPosts', [who], `${who}: 3 posts`],
    [1, 'insights.filter.authorPosts', [who], `${who}: 1 post`],
    [2, 'campaigns.addTo.added', ['Q1 | Brand'], 'Added 2 posts to Q1 | Brand.'],
    [1, 'campaigns.addTo.added', ['Q1 | Brand'], 'Added 1 post to Q1 | Brand.'],
  ] as const)('English: %i, %s', (count, key, subs, expected) => {
    expect(tn(key, count, ...subs)).toBe(expected);
  });

  it('puts each substitution in once, whatever it holds, from the installed lookup or the browser', () => {
    const hostile = `a | b $1 $$ \uE001 ${String.fromCharCode(0xe002)}`;
    setMessageLookup((k, s) => substitute(TABLE.get(k) ?? '', s), 'en-US');
    expect(tn('a.postsBy', 1, hostile)).toBe(`1 post by ${hostile}`);
    expect(tn('a.postsBy', 4, hostile)).toBe(`4 posts by ${hostile}`);
    setMessageLookup(null);
    const g = globalThis as { chrome?: unknown; browser?: unknown };
    const saved = { chrome: g.chrome, browser: g.browser };
    try {
      g.browser = undefined;
      g.chrome = { i18n: { getMessage: (k: string, s: string[]) => substitute(TABLE.get(k) ?? '', s) } };
      expect(tn('a.postsBy', 1, hostile)).toBe(`1 post by ${hostile}`);
      expect(tn('a.postsBy', 4, hostile)).toBe(`4 posts by ${hostile}`);
      // A place with no substitution given is empty, as the browser has it.
      expect(tn('a.postsBy', 2)).toBe('2 posts by ');
      expect(tn('a.missing', 2)).toBe('a.missing');
    } finally {
      g.chrome = saved.chrome;
      g.browser = saved.browser;
    }
  });
});

describe('messagesLanguage', () => {
  it("is the language of the messages served, for the pages' <html lang>", async () => {
    expect(messagesLanguage()).toBe('en');
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de-AT');
    expect(messagesLanguage()).toBe('de');
  });
});

describe('the browser lookup', () => {
  it('is used when no lookup is installed, with chrome.i18n found at call time', () => {
    setMessageLookup(null);
    const g = globalThis as { chrome?: unknown; browser?: unknown };
    const saved = { chrome: g.chrome, browser: g.browser };
    try {
      g.browser = undefined;
      g.chrome = { i18n: { getMessage: (k: string, s: string[]) => substitute(`[${k}|$1]`, s) } };
      expect(t('dashboard.tabs.posts', 3)).toBe('[dashboard_tabs_posts|3]');
    } finally {
      g.chrome = saved.chrome;
      g.browser = saved.browser;
    }
  });

  it('German: German messages, and counts grouped the German way', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de-DE');
    expect(t('manifest.toggleBadges')).toBe('PostLens-Badges in diesem Tab ein- oder ausblenden');
    setMessageLookup((k, s) => substitute(TABLE.get(k) ?? '', s), 'de-DE');
    expect(tn('a.posts', 12345)).toBe('12.345 posts');
  });

  it("asks the browser for its UI language once: it changes only with the browser's restart", async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/i18n/messages');
    const g = globalThis as { chrome?: unknown; browser?: unknown };
    const saved = { chrome: g.chrome, browser: g.browser };
    let asked = 0;
    try {
      g.browser = undefined;
      g.chrome = {
        i18n: {
          getMessage: () => '',
          getUILanguage: () => {
            asked++;
            return 'de';
          },
        },
      };
      expect([fresh.uiLocale(), fresh.uiLocale(), fresh.uiLocale()]).toEqual(['de', 'de', 'de']);
      expect(asked).toBe(1);
      // An installed lookup's locale (tests, tools) still comes first.
      fresh.setMessageLookup(() => '', 'fr-FR');
      expect(fresh.uiLocale()).toBe('fr-FR');
    } finally {
      g.chrome = saved.chrome;
      g.browser = saved.browser;
    }
  });

  it("asks the browser once per message and fills its places itself, by the browser's rule", () => {
    setMessageLookup(null);
    const g = globalThis as { chrome?: unknown; browser?: unknown };
    const saved = { chrome: g.chrome, browser: g.browser };
    const asked: string[] = [];
    try {
      g.browser = undefined;
      g.chrome = {
        i18n: {
          getMessage: (k: string, s: string[]) => {
            asked.push(k);
            return substitute(TABLE.get(k) ?? '', s);
          },
        },
      };
      // Page text that looks like a place or a marker is put in as it is, never read again.
      const hostile = `$1 $$ \uE001 ${String.fromCharCode(0xe002)}`;
      expect([
        t('a.two', 3, 'ten'),
        t('a.two', 4, hostile),
        t('a.dollar', 5),
        t('a.plain'),
        t('a.two', 7),
        t('a.missing'),
        t('a.missing'),
      ]).toEqual([
        '3 of ten posts',
        `4 of ${hostile} posts`,
        'costs $5',
        'Posts seen',
        // A substitution not given is empty, as the browser has it.
        '7 of  posts',
        'a.missing',
        'a.missing',
      ]);
      expect(asked).toEqual(['a_two', 'a_dollar', 'a_plain', 'a_missing']);
    } finally {
      g.chrome = saved.chrome;
      g.browser = saved.browser;
    }
  });
});
