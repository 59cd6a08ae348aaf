// LinkedIn: ad labels in other languages ("Post sponsorisé", "Treść promowana", …) mark a post as
// promoted, as "Promoted" does.
//
// The labels are LinkedIn's own as public ad blockers match them in the header's sub-description:
// EasyList's LinkedIn rule (easylist/easylist, easylist/easylist_specific_hide_abp.txt: `.feed-shared-
// actor__sub-description:-abp-contains(/Anzeige|Sponsored|Promoted|Dipromosikan|…|Post sponsorisé|
// 프로모션|Post sponsorizzato|广告|プロモーション|Treść promowana|Patrocinado|…/)`, issue #14024) and a
// LinkedIn ad blocker's exact keywords (Hogwai/LinkedinSponsorBlock CONFIG.DETECTION.SPONSORED, code
// index file 53784604897: 'Post sponsorisé', 'Sponsorisé', 'Promovida', 'Promowane', …).
// No public capture shows them inside the element, so the case is feed-en.html's Contoso Cloud ad
// sub-description (a.update-components-actor__sub-description-link aria-label="Promoted" > span >
// <span aria-hidden="true"><!---->Promoted<!----></span><span class="visually-hidden">…, from code
// index file 23763660063, see tests/fixtures/linkedin/SOURCES.md) put in place of Maya Lindqvist's
// "3d •" one, with the one change the defect is about: its label in another language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '@/lib/platforms/linkedin';

const html = readFileSync(join(process.cwd(), 'tests/fixtures/linkedin/feed-en.html'), 'utf8');
const MAYA = '7304791877222445658';

function readMayaLabelled(label: string, locale: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const post = adapter.findPosts(doc).find((el) => el.getAttribute('data-urn')?.endsWith(MAYA))!;
  const link = post.querySelector('a.update-components-actor__sub-description-link')!;
  link.setAttribute('aria-label', label);
  link.innerHTML = `
                                    <span class="update-components-actor__sub-description t-12 t-normal
                t-black--light
                update-components-actor__sub-description--untruncated
                ">
                    <span aria-hidden="true"><!---->${label}<!----></span><span class="visually-hidden"><!---->${label}<!----></span>
                            </span>
                            `;
  return adapter.readPost(post, { url: new URL('https://www.linkedin.com/feed/'), locale });
}

describe('linkedin: ad labels per language mark a promoted post', () => {
  it.each<[string, string]>([
    // EasyList's rule (and, where noted in the header, Hogwai/LinkedinSponsorBlock)
    ['Post sponsorisé', 'fr'],
    ['Anzeige', 'de'],
    ['Post sponsorizzato', 'it'],
    ['Treść promowana', 'pl'],
    ['Öne çıkarılan içerik', 'tr'],
    ['Patrocinado', 'pt-BR'],
    ['Gepromoot', 'nl'],
    ['Promoveret', 'da'],
    ['Marknadsfört', 'sv'],
    ['Propagováno', 'cs'],
    ['Promovat', 'ro'],
    ['Dipromosikan', 'id'],
    ['Nai-promote', 'tl'],
    ['Продвигается', 'ru'],
    ['الترويج', 'ar'],
    ['ได้รับการโปรโมท', 'th'],
    ['프로모션', 'ko'],
    ['广告', 'zh-CN'],
    ['促銷內容', 'zh-TW'],
    // Hogwai/LinkedinSponsorBlock only
    ['Sponsorisé', 'fr'],
    ['Promovida', 'pt-PT'],
    ['Promowane', 'pl'],
    ['Promotert', 'nb'],
    ['Mainostettu', 'fi'],
    ['Просувається', 'uk'],
    // the paying company after a label, as "Promoted by <Company>"
    ['Sponsorisé par Northwind Analytics', 'fr'],
    ['Promosso da Northwind Analytics', 'it'],
  ])('%j is an ad', (label, locale) => {
    const r = readMayaLabelled(label, locale);
    expect(r?.author.handle).toBe('maya-lindqvist');
    expect(r?.promoted).toBe(true);
  });

  it.each<[string, string]>([
    ['3d • Edited', 'en'],
    ['Post', 'fr'],
    ['Posts sponsorisés cette semaine', 'fr'],
    ['Anzeigen', 'de'],
  ])('%j is no ad', (label, locale) => {
    expect(readMayaLabelled(label, locale)?.promoted).toBe(false);
  });
});
