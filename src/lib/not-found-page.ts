/**
 * A static server shows 404.html at whatever address was asked for, so its relative links
 * cannot be right at every depth. This makes the page stand alone: its stylesheets are inlined,
 * and a small script finds the site root by looking for a file only this site has (the search
 * index's entry file) in each parent folder of the address, then sets <base> so the page's links
 * resolve from there. The page's own module scripts are loaded only then, from the root found.
 */
import { attributeOf, rewriteHtmlString, type StartTag } from './html-rewrite.ts';

export function rootFinderScript(probeAsset: string, modules: readonly string[]): string {
  return `(async()=>{const p=location.pathname.split('/');p.pop();for(let i=p.length;i>0;i--){const r=p.slice(0,i).join('/')+'/';try{const s=await fetch(r+${JSON.stringify(probeAsset)},{method:'HEAD'});if(s.ok){const b=document.createElement('base');b.href=r;document.head.prepend(b);for(const m of ${JSON.stringify(modules)})import(new URL(m,b.href).href);return}}catch{}}})();`;
}

/** A file every build has and no other site would have at the same path. */
const PROBE = 'pagefind/pagefind-entry.json';
const localPath = (url: string | undefined) => (url?.startsWith('./') ? url.slice(2) : undefined);
const stylesheetPath = (tag: StartTag) => (tag.tagName === 'link' && attributeOf(tag, 'rel')?.split(/\s+/).includes('stylesheet') ? localPath(attributeOf(tag, 'href')) : undefined);
const modulePath = (tag: StartTag) => (tag.tagName === 'script' && attributeOf(tag, 'type') === 'module' ? localPath(attributeOf(tag, 'src')) : undefined);

/** Inlines the page's stylesheets (read through `readAsset`), and defers its module scripts to the root finder. */
export async function makeNotFoundPortable(html: string, readAsset: (path: string) => Promise<string>): Promise<string> {
  const sheets: string[] = [];
  const modules: string[] = [];
  await rewriteHtmlString(html, (rewriter) =>
    rewriter.on('startTag', (tag) => {
      const sheet = stylesheetPath(tag);
      if (sheet) sheets.push(sheet);
      const module = modulePath(tag);
      if (module) modules.push(module);
    }),
  );
  const css = new Map(await Promise.all(sheets.map(async (path) => [path, await readAsset(path)] as const)));
  let dropping = false;
  return rewriteHtmlString(html, (rewriter) => {
    rewriter.on('startTag', (tag, raw) => {
      const sheet = stylesheetPath(tag);
      if (modulePath(tag)) dropping = true;
      else rewriter.emitRaw(sheet ? `<style>${css.get(sheet)}</style>` : raw);
    });
    rewriter.on('text', (_text, raw) => {
      if (!dropping) rewriter.emitRaw(raw);
    });
    rewriter.on('endTag', (tag, raw) => {
      if (dropping && tag.tagName === 'script') dropping = false;
      else {
        if (tag.tagName === 'head') rewriter.emitRaw(`<script>${rootFinderScript(PROBE, modules)}</script>`);
        rewriter.emitRaw(raw);
      }
    });
  });
}
