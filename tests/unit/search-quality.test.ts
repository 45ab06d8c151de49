import { describe, expect, it } from 'vitest';
import { firstExpectedRank, resultPath, score } from '../../src/lib/search-quality.ts';

describe('scoring search against known answers', () => {
  const answers = [
    { q: 'a', expect: ['x/'], results: ['x/', 'y/'] },
    { q: 'b', expect: ['x/', 'z/'], results: ['y/', 'w/', 'z/'] },
    { q: 'c', expect: ['x/'], results: ['1/', '2/', '3/', 'x/'] },
    { q: 'd', expect: ['x/'], results: [] },
  ];

  it('counts success within three and the reciprocal rank within ten', () => {
    expect(answers.map(firstExpectedRank)).toEqual([1, 3, 4, 0]);
    const s = score(answers);
    expect(s.found).toBe(2);
    expect(s.successAt3).toBe(0.5);
    expect(s.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 4) / 4);
    expect(s.misses.map((m) => m.q)).toEqual(['c', 'd']);
  });

  it('reads a result link as a path from the site root', () => {
    expect(resultPath('http://h/sub/guides/x/?highlight=a#s', 'http://h/sub/')).toBe('guides/x/');
  });
});
