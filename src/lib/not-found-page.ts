/**
 * A static server shows 404.html at whatever address was asked for, so its relative links
 * cannot be right at every depth. This makes the page stand alone: its stylesheets are inlined,
 * and a small script finds the site root by looking for a file only this site has (the search
 * index's entry file) in each parent folder of the address, then sets <base> so the page's links
 * resolve from there. The page's own module scripts are loaded only then, from the root found.
 */

export function rootFinderScript(probeAsset: string, modules: readonly string[]): string {
  return `(async()=>{const p=location.pathname.split('/');p.pop();for(let i=p.length;i>0;i--){const r=p.slice(0,i).join('/')+'/';try{const s=await fetch(r+${JSON.stringify(probeAsset)},{method:'HEAD'});if(s.ok){const b=document.createElement('base');b.href=r;document.head.prepend(b);for(const m of ${JSON.stringify(modules)})import(new URL(m,b.href).href);return}}catch{}}})();`;
}

/** A file every build has and no other site would have at the same path. */
const PROBE = 'pagefind/pagefind-entry.json';
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>/g;
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="\.\/([^"]+)"[^>]*><\/script>/g;

/** Inlines the page's stylesheets (read through `readAsset`), and defers its module scripts to the root finder. */
export async function makeNotFoundPortable(html: string, readAsset: (path: string) => Promise<string>): Promise<string> {
  const sheets = [...html.matchAll(STYLESHEET)];
  const modules = [...html.matchAll(MODULE_SCRIPT)];
  let out = html;
  for (const [tag, path] of sheets) out = out.replace(tag, `<style>${await readAsset(path!)}</style>`);
  for (const [tag] of modules) out = out.replace(tag, '');
  out = out.replace('</head>', `<script>${rootFinderScript(PROBE, modules.map((m) => m[1]!))}</script></head>`);
  return out;
}
