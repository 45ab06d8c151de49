import { describe, expect, it } from 'vitest';
import { bestSection, type ResultFragment } from '../../src/lib/search-sections.ts';

// Word positions: 0 Compare, 1 models., 2 Option, 3 one., 4 Who, 5 appoints, 7 chair?, 9 chair, 11 appointed, 15 <End>.
const content = 'Compare models. Option one. Who appoints the chair? The chair is appointed by NHS England. <End>';
const hit = (location: number, score = 1) => ({ weight: 1, balanced_score: score, location });

describe('the section a result points to', () => {
  const fragment: ResultFragment = {
    url: '/compare/',
    content,
    anchors: [
      { element: 'tr', id: 'option', text: '', location: 2 },
      { element: 'th', id: 'option-label', text: 'Option one', location: 2 },
      { element: 'h2', id: 'chair', text: 'Who appoints the chair?', location: 4 },
    ],
    weighted_locations: [hit(1, 5), hit(2, 5), hit(5, 1), hit(7, 1), hit(9, 1), hit(11, 1)],
  };

  it('prefers the section matching more of the searched terms over one with more weight', () => {
    const section = bestSection(fragment, ['models', 'appoints', 'chair'], 30);
    expect(section.id).toBe('chair');
    expect(section.title).toBe('Who appoints the chair?');
    expect(section.excerpt).toContain('<mark>appoints</mark>');
    expect(section.excerpt).not.toContain('Compare');
  });

  it('names a table row by its header, and links to the row', () => {
    const section = bestSection({ ...fragment, weighted_locations: [hit(2), hit(3)] }, ['option'], 30);
    expect(section).toMatchObject({ id: 'option', title: 'Option one' });
  });

  it('points at the top of the page when the match comes before any section', () => {
    expect(bestSection({ ...fragment, weighted_locations: [hit(0)] }, ['compare'], 30).id).toBeUndefined();
  });

  it('escapes the page text in the excerpt', () => {
    expect(bestSection({ ...fragment, weighted_locations: [hit(15)] }, ['end'], 30).excerpt).toContain('<mark>&#60;End&#62;</mark>');
  });
});
