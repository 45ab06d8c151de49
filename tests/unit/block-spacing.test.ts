import { describe, expect, it } from 'vitest';
import { spaceBlocks } from '../../src/lib/block-spacing.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('whitespace between block elements', () => {
  it('keeps words in neighbouring blocks apart', () => {
    expect(text(spaceBlocks('<dl><dt>Kind of document</dt><dd>Council report</dd></dl>'))).not.toMatch(/documentCouncil/);
    expect(text(spaceBlocks('<tr><th>Option 1</th><th>Option 2</th></tr>'))).toMatch(/Option 1\s+Option 2/);
    expect(text(spaceBlocks('<time>June 2020</time><p>The event</p>'))).toMatch(/2020\s+The/);
  });

  it('leaves inline elements and verbatim text alone', () => {
    expect(spaceBlocks('<a href="x">one</a><abbr>two</abbr>')).toBe('<a href="x">one</a><abbr>two</abbr>');
    expect(spaceBlocks('<pre><p>a</p><p>b</p></pre>')).toBe('<pre><p>a</p><p>b</p></pre>');
    expect(spaceBlocks('<script>"</p><p>"</script>')).toBe('<script>"</p><p>"</script>');
  });
});
