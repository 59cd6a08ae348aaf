import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach, inject } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setMessageLookup } from '../../lib/i18n';
import { lookupFrom } from '../harness/locale-messages';

// findBy… and waitFor give up after 1 s by default. npm test runs two unit files at a time on CI's
// two cores (vitest.config.ts), where a full dashboard render with a real background behind it can
// take longer: a wait that ends early fails for the wrong reason. A passing wait is not slowed.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

// The words a user sees, in English, from the locale files the build ships (a missing key throws),
// parsed once for the whole run by tests/unit/global-setup.ts.
setMessageLookup(lookupFrom(new Map(inject('englishMessages'))));
