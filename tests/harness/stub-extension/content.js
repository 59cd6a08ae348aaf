// Badges every [data-stub-post] element (one of them lives in an open shadow root, as on some
// platforms) and sends its id to the stub's background.
const badge = (post) => {
  const el = document.createElement('postlens-badge');
  el.setAttribute('data-postlens-key', `x:${post.getAttribute('data-stub-post')}`);
  el.attachShadow({ mode: 'open' }).textContent = 'stub badge';
  post.after(el);
  return post.getAttribute('data-stub-post');
};
const host = document.querySelector('[data-stub-shadow-host]');
if (host) {
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<div data-stub-post="in-shadow"></div>';
}
const roots = [document, ...(host?.shadowRoot ? [host.shadowRoot] : [])];
const ids = roots.flatMap((root) => [...root.querySelectorAll('[data-stub-post]')].map(badge));
chrome.runtime.sendMessage({ ids });
