// @testing-library/preact as the unit files use it: import it from here, not from the package.
// findBy… and waitFor give up after 1 s by default. npm test runs two unit files at a time on CI's
// two cores (vitest.config.ts), where a full dashboard render with a real background behind it can
// take longer: a wait that ends early fails for the wrong reason. A passing wait is not slowed.
// Configured here rather than in setup.ts, which every unit file runs: loading the library there
// cost each of the ~200 files that render nothing about a quarter of a second.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 5_000 });

export * from '@testing-library/preact';
