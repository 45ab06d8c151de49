/**
 * Builds the site exactly as a deployer does: `npm run build` from a clean state (no dist/, no
 * Astro cache), in production mode. Vitest sets NODE_ENV=test, which would otherwise leak into
 * the build and give Preact's development code, so NODE_ENV is set explicitly.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export function buildSite(root: string, outDir = join(root, 'dist')): void {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
  execFileSync('npm', ['run', '--silent', 'build', '--', '--silent', '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
