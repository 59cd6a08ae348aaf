import 'fake-indexeddb/auto';
import { beforeEach, inject } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setMessageLookup } from '../../lib/i18n';
import { lookupFrom } from '../harness/locale-messages';

// (@testing-library/preact's waits are set in ./testing-library.ts, which the files that render import.)

beforeEach(() => {
  fakeBrowser.reset();
});

// The words a user sees, in English, from the locale files the build ships (a missing key throws),
// parsed once for the whole run by tests/unit/global-setup.ts.
setMessageLookup(lookupFrom(new Map(inject('englishMessages'))));
