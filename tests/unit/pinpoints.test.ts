import { describe, expect, it } from 'vitest';
import { pinpointProblems } from '../../src/lib/pinpoints.ts';

describe('pinpointProblems', () => {
  const headings = ['about-this-briefing', 'recommendation-3-an-nhs-body-and-a-partnership'];

  it('accepts a guide whose every section names its part of the original', () => {
    expect(pinpointProblems('nhs-providers-briefing', headings, {
      'about-this-briefing': 'introduction',
      'recommendation-3-an-nhs-body-and-a-partnership': 'legislative recommendation 3',
    })).toEqual([]);
  });

  it('fails on a section without a pinpoint, naming the guide, the section and the file', () => {
    const problems = pinpointProblems('nhs-providers-briefing', headings, { 'about-this-briefing': 'introduction' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/nhs-providers-briefing.*recommendation-3-an-nhs-body-and-a-partnership.*content\/guides\/nhs-providers-briefing\.mdx/);
  });

  it('fails on an empty pinpoint', () => {
    expect(pinpointProblems('g', ['a'], { a: '  ' })).toHaveLength(1);
  });

  it('fails on a pinpoint left over after its heading was renamed', () => {
    const problems = pinpointProblems('g', ['new-name'], { 'new-name': 'slide 3', 'old-name': 'slide 3' });
    expect(problems).toEqual([expect.stringMatching(/"old-name", which is not a heading/)]);
  });
});
