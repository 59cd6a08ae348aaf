import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setMessageLookup } from '../../lib/i18n';
import { loadMessages, lookupFrom } from '../harness/locale-messages';

// findBy… and waitFor give up after 1 s by default. npm test runs two unit files at a time on CI's
// two cores (vitest.config.ts), where a full dashboard render with a real background behind it can
// take longer: a wait that ends early fails for the wrong reason. A passing wait is not slowed.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

// The words a user sees, in English, from the locale files the build ships (a missing key throws).
setMessageLookup(lookupFrom(await loadMessages('en')));
