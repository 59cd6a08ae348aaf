// @vitest-environment node

// The report's file name from a campaign's or a post's name: kept readable in any script, and
// always a well-formed name a browser can save under.
import { reportFileName } from '@/components/common/report-image';

const day = new Date(2026, 0, 9);

it('keeps the combining marks of a name (Devanagari, decomposed accents) instead of cutting it apart', () => {
  expect(reportFileName('campaign-हिन्दी', day)).toBe('postlens-campaign-हिन्दी-2026-01-09.png');
  expect(reportFileName('campaign-Cafe\u0301', day)).toBe('postlens-campaign-Cafe\u0301-2026-01-09.png');
});

it('shortens a very long name without splitting a character in two or leaving a dash at the cut', () => {
  const astral = reportFileName(`campaign-${'𝐀'.repeat(60)}`, day);
  expect(astral.isWellFormed()).toBe(true);
  const dashed = reportFileName(`${'a'.repeat(79)} b`, day);
  expect(dashed).toBe(`postlens-${'a'.repeat(79)}-2026-01-09.png`);
});
