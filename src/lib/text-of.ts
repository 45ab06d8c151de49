/**
 * Plain text from built HTML or from MDX source, with block boundaries kept as blank lines so
 * that a heading or list item counts as a sentence of its own. Both are parsed, not pattern
 * matched: HTML with rehype-parse, MDX with remark-parse and remark-mdx.
 */
import type { Element, Root as HtmlRoot } from 'hast';
import type { Nodes as MdNodes } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { elementsIn, parseHtml } from './html-tree.ts';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'blockquote', 'summary', 'legend', 'label', 'div', 'section', 'nav', 'br']);
const SKIPPED = new Set(['script', 'style', 'svg', 'template']);

const tidy = (text: string) => text.replace(/[ \t]+/g, ' ').replace(/\n\s*\n\s*/g, '\n\n').trim();

/** The text of the page's <main>, or of the whole document if it has none. */
export function mainTextOfHtml(html: string): string {
  const tree = parseHtml(html);
  const main = [...elementsIn(tree)].find((e) => e.tagName === 'main') ?? tree;
  const parts: string[] = [];
  const walk = (node: HtmlRoot | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') parts.push(child.value);
      else if (child.type === 'element') {
        const hidden = SKIPPED.has(child.tagName) || (Array.isArray(child.properties.className) && child.properties.className.includes('visually-hidden'));
        if (hidden) parts.push(' ');
        else walk(child);
        if (BLOCKS.has(child.tagName)) parts.push('\n\n');
      }
    }
  };
  walk(main);
  return tidy(parts.join(''));
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);
const MD_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The prose of an MDX file: frontmatter, imports, expressions, components and Markdown marks removed. */
export function textOfMdx(source: string): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks: string[] = [];
  const textOf = (node: MdNodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm') return ' ';
    // A component without children (a citation, say) stands where a word break would.
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.children.length === 0) return ' ';
    return 'children' in node ? node.children.map((c) => textOf(c as MdNodes)).join('') : '';
  };
  const walk = (node: MdNodes) => {
    if (MD_BLOCKS.has(node.type)) blocks.push(textOf(node).replace(/\s+/g, ' ').trim());
    else if ('children' in node) for (const child of node.children) walk(child as MdNodes);
  };
  walk(mdxParser.parse(body));
  return blocks.filter(Boolean).join('\n\n');
}
