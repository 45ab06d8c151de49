/**
 * A static server shows 404.html at whatever address was asked for, so its relative links
 * cannot be right at every depth. This makes the page stand alone: its stylesheets are inlined,
 * and a small script finds the site root by looking for one of the site's own assets in each
 * parent folder of the address, then sets <base> so the page's links resolve from there.
 */

export function rootFinderScript(probeAsset: string): string {
  return `(async()=>{const p=location.pathname.split('/');p.pop();for(let i=p.length;i>0;i--){const r=p.slice(0,i).join('/')+'/';try{const s=await fetch(r+${JSON.stringify(probeAsset)},{method:'HEAD'});if(s.ok){const b=document.createElement('base');b.href=r;document.head.prepend(b);return}}catch{}}})();`;
}

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>/g;

/** Inlines the page's stylesheets (read through `readAsset`) and adds the root finder. */
export async function makeNotFoundPortable(html: string, readAsset: (path: string) => Promise<string>): Promise<string> {
  const sheets = [...html.matchAll(STYLESHEET)];
  const probe = sheets[0]?.[1];
  let out = html;
  for (const [tag, path] of sheets) out = out.replace(tag, `<style>${await readAsset(path!)}</style>`);
  if (probe) out = out.replace('</head>', `<script>${rootFinderScript(probe)}</script></head>`);
  return out;
}
