// @vitest-environment node

// percentAsShown: the fraction formatPercent shows, as a number, so that a band is judged on what the
// user reads. Each row: the rate, what formatPercent writes, and that shown value as a fraction.
import { formatPercent, percentAsShown } from '@/lib/format';

describe('percentAsShown', () => {
  it.each([
    [0.019995, '2%', 0.02],
    [0.019945, '1.99%', 0.0199],
    [0.0123456, '1.23%', 0.0123],
    [0.12345, '12.3%', 0.123],
    [0.0004567, '0.046%', 0.00046],
    [0, '0%', 0],
    [-0.019995, '-2%', -0.02],
  ])('%s is shown %s, which is %s', (rate, shown, fraction) => {
    expect(formatPercent(rate, 'en-US')).toBe(shown);
    expect(percentAsShown(rate)).toBeCloseTo(fraction, 12);
  });
});
