/**
 * Builds the site once per test run, as a deployer does (build.ts), then serves dist/ from a
 * plain static server on loopback under a deep sub-path and a strict Content-Security-Policy, as
 * an intranet would host it. Tests read the address with inject('siteUrl').
 */
import type { TestProject } from 'vitest/node';
import { startStaticServer, type RunningServer } from '../../src/lib/static-server.ts';
import { buildSite } from './build.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';

export const SUB_PATH = '/intranet/health/ics/';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

let server: RunningServer | undefined;

export default async function setup(project: TestProject) {
  const root = project.config.root;
  if (!process.env.SKIP_BUILD) {
    buildSite(root);
  }
  const distDir = `${root}/dist`;
  // With the Content-Security-Policy the README asks every server to send.
  server = await startStaticServer({ root: distDir, basePath: SUB_PATH, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
  project.provide('siteUrl', server.url);
  project.provide('distDir', distDir);
  return async () => server?.close();
}
