import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy… and waitFor give up after 1 s by default. npm test runs the unit tests beside two
// browsers on two cores, where a full dashboard render with a real background behind it can take
// longer: a wait that ends early fails for the wrong reason. A passing wait is not slowed.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
