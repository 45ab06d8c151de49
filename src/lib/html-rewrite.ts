/**
 * Runs parse5's HTML rewriting stream over one string. The stream tokenizes exactly as a browser
 * does (comments, raw text in <script> and <style>, RCDATA in <textarea>, any attribute quoting),
 * and copies every token a handler passes on with `emitRaw(raw)` byte for byte, so a rewrite
 * changes only what it means to.
 */
import { text } from 'node:stream/consumers';
import { RewritingStream } from 'parse5-html-rewriting-stream';

export type { RewritingStream };
export type StartTag = Parameters<RewritingStream['emitStartTag']>[0];

export async function rewriteHtmlString(html: string, setup: (rewriter: RewritingStream) => void): Promise<string> {
  const rewriter = new RewritingStream();
  setup(rewriter);
  const output = text(rewriter);
  rewriter.end(html);
  return output;
}

/** The value of an attribute of a start tag, if it has one. */
export function attributeOf(tag: StartTag, name: string): string | undefined {
  return tag.attrs.find((a) => a.name === name)?.value;
}
