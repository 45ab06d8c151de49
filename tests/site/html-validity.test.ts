/** The Nu HTML Checker (vnu.jar, on Java) finds no error in any built page. */
import { describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';

const run = promisify(execFile);
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

describe('HTML validity', () => {
  it('the Nu HTML Checker reports no error on any built page', async () => {
    const files = (await htmlPagesIn(inject('distDir'))).map((p) => p.file);
    expect(files.length).toBeGreaterThan(0);
    // vnu exits non-zero when it finds errors; the JSON report on stderr is what we read.
    const output = await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 })
      .then((r) => r.stderr)
      .catch((e: { stderr?: string }) => e.stderr ?? '');
    const messages = (JSON.parse(output || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });
});
