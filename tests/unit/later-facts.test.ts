import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { laterFactsIn } from '../../src/lib/later-facts.ts';

const { patterns } = parseYaml(readFileSync('content/checks/later-facts.yaml', 'utf8')) as { patterns: string[] };
const page = (main: string) => `<!doctype html><html><head><title>Integrated care boards</title></head><body><main>${main}</main></body></html>`;

describe('later facts (what became law in 2022) outside the afterword', () => {
  it.each([
    ['the Act', '<p>The Health and Care Act 2022 set up the new bodies.</p>'],
    ['integrated care boards', '<p>Under option 2, integrated care boards would replace CCGs.</p>'],
    ['ICBs', '<li>The ICB would appoint the chair.</li>'],
    ['CCGs abolished', '<td>CCGs were abolished.</td>'],
    ['the date the bodies began', '<p>From 1 July 2022 each area had a partnership.</p>'],
    ['words split by a link or emphasis', '<p>The <a href="../x/">Health and Care</a> Act 2022 set up <em>integrated</em> care boards.</p>'],
  ])('fail when %s appear in the description of the proposals', (_what, html) => {
    expect(laterFactsIn(page(html), patterns)).not.toEqual([]);
  });

  it('are allowed in the labelled afterword and in "as at" notes, and the page title is not prose', () => {
    const html = page(
      '<p>NHSE/I recommended a statutory NHS body.</p>' +
        '<section class="afterword"><p>The Health and Care Act 2022 received Royal Assent on 28 April 2022.</p></section>' +
        '<p>In the combined model, the NHS body would hold NHS money. <span data-as-at>The 2022 Act called it an integrated care board (ICB).</span></p>',
    );
    expect(laterFactsIn(html, patterns)).toEqual([]);
  });

  it('names the words found, so the build error says where to look', () => {
    const [fact] = laterFactsIn(page('<p>It became law on 28 April 2022.</p>'), patterns);
    expect(fact).toEqual({ pattern: '28 April 2022', text: 'It became law on 28 April 2022.' });
  });

  it('leave 2020–21 words alone, such as foundation trust status "not abolished"', () => {
    expect(laterFactsIn(page('<p>6 out of 10 wanted foundation trust status revised, not abolished.</p>'), patterns)).toEqual([]);
  });
});
