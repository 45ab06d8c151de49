/** The HTML pages of a built site, with the URL path each one is served at. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Path of the file, joined to the output folder given. */
  file: string;
  /** Path relative to the output folder, with forward slashes ("guides/x/index.html"). */
  relativePath: string;
  /** The URL path it is served at, relative to the site root ("guides/x/"). */
  urlPath: string;
}

export async function filesIn(dir: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function htmlPagesIn(dir: string): Promise<BuiltPage[]> {
  return (await filesIn(dir, ['.html'])).map((file) => {
    const relativePath = relative(dir, file).split(sep).join('/');
    return { file, relativePath, urlPath: relativePath.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith('/') ? '/' : '')) };
  });
}
