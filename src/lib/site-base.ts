/**
 * The public path the deployer may give at build time (`SITE_BASE=/intranet/ics/ npm run build`).
 * Only the 404 page uses it: knowing where the site lives, its links work at any depth without
 * JavaScript. Every other page stays relative, so the same build still works anywhere else.
 */
export function siteBaseFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.SITE_BASE?.trim();
  if (!value) return undefined;
  if (!/^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+\/?)*$/.test(value) || /(?:^|\/)\.\.?(?:\/|$)/.test(value)) {
    throw new Error(`SITE_BASE must be the site's path on its server, starting with "/", such as /intranet/ics/ (got "${value}")`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}
