/**
 * nginx from Debian's packages serving the built site with the README's own nginx configuration,
 * read from the README at run time so the two cannot drift. It runs as the current user in one
 * process, on a free loopback port, with its own temporary folder for its pid file, logs and
 * buffers, and is stopped by `close()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Where the README's configurations say the site's files are. */
const README_SITE_DIR = '/var/www/ics/';

/** The README's ```nginx block. */
export async function readmeNginxBlock(readmePath: string): Promise<string> {
  const block = /```nginx\n([\s\S]*?)```/.exec(await readFile(readmePath, 'utf8'))?.[1];
  if (!block) throw new Error(`${readmePath} has no nginx configuration block`);
  return block;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function waitForPort(url: string, child: ChildProcess, log: () => Promise<string>) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${await log()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`nginx did not answer at ${url}: ${await log()}`);
}

export interface RunningNginx {
  /** The site root, ending in "/". */
  url: string;
  close(): Promise<void>;
}

/** Serves `distDir` at `subPath` (which must be the README's) with the README's nginx block. */
export async function startNginx(readmePath: string, distDir: string, subPath: string): Promise<RunningNginx> {
  const block = await readmeNginxBlock(readmePath);
  if (!block.includes(`location ${subPath} `) || !block.includes(README_SITE_DIR)) {
    throw new Error(`the README's nginx block must serve ${README_SITE_DIR} at ${subPath}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'ics-nginx-'));
  const port = await freePort();
  // No mime.types and a text/plain default: the README's block must set every type itself.
  const config = `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  default_type text/plain;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
${block.replaceAll(README_SITE_DIR, `${distDir.replace(/\/?$/, '/')}`)}
  }
}
`;
  await writeFile(join(dir, 'nginx.conf'), config);
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  const log = () => readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
  const url = `http://127.0.0.1:${port}${subPath}`;
  await waitForPort(url, child, log);
  return {
    url,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
