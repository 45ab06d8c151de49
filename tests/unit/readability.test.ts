import { describe, expect, it } from 'vitest';
import { countSyllables, readability } from '../../src/lib/readability.ts';
import { mainTextOfHtml, textOfMdx } from '../../src/lib/text-of.ts';

describe('readability', () => {
  it('counts syllables well enough for short common words', () => {
    expect(countSyllables('the')).toBe(1);
    expect(countSyllables('council')).toBe(2);
    expect(countSyllables('integrated')).toBe(4);
  });
  it('scores short plain sentences lower than long complex ones', () => {
    const plain = readability('The council runs housing. It does not run social care. The county does that.');
    const dense = readability(
      'Notwithstanding the aforementioned considerations, the establishment of statutory integrated care systems necessitates comprehensive organisational restructuring across multiple administrative jurisdictions.',
    );
    expect(plain.sentences).toBe(3);
    expect(plain.grade).toBeLessThan(5);
    expect(dense.grade).toBeGreaterThan(15);
  });
});

describe('text extraction', () => {
  it('reads only the main text of a built page, headings as their own sentences', () => {
    const html = '<header>Site</header><main><h1>Title</h1><p>One &amp; two.</p><span class="visually-hidden">hidden</span><script>x()</script></main><footer>f</footer>';
    expect(mainTextOfHtml(html)).toBe('Title\n\nOne & two.');
  });
  it('strips frontmatter, components and Markdown marks from MDX', () => {
    const mdx = '---\ntitle: x\n---\n\n## A heading\n\nSome **bold** text. <Cite to="a#b" />\n\n- a list item';
    expect(textOfMdx(mdx)).toBe('A heading\n\nSome bold text.\n\na list item');
  });
});
