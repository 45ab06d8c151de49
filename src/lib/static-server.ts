/**
 * A plain static file server for the built site, optionally mounted under a sub-path, as an
 * organisation's intranet server would host it. Used by `npm start` and by the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServerOptions {
  root: string;
  /** Sub-path the site is mounted at, e.g. "/intranet/health/ics/"; defaults to "/". */
  basePath?: string;
  /** Paths (relative to root) answered with 403, to mimic servers that block some files. */
  block?: (relativePath: string) => boolean;
  /** Headers sent with every response, such as the Content-Security-Policy. */
  headers?: Record<string, string>;
  /** The page shown for a missing address; defaults to root/404.html. */
  notFoundPage?: string;
  /** Its status; 200 mimics servers whose error handler answers 200 for everything. */
  notFoundStatus?: number;
}

/**
 * The same path with empty segments ("//") and encoded slashes ("%2F") removed, or null when it
 * is already clean. A page reached through such a path would resolve its relative links and
 * files at the wrong depth, so the server redirects to the clean one instead of serving it.
 */
export function normalisedPath(rawPathname: string): string | null {
  const clean = rawPathname.replace(/%2f/gi, '/').replace(/\/{2,}/g, '/');
  return clean === rawPathname ? null : clean;
}

export interface RunningServer {
  server: Server;
  /** Address of the site root, ending in "/". */
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function startStaticServer(options: StaticServerOptions, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const root = resolve(options.root);
  const base = (options.basePath ?? '/').replace(/\/?$/, '/');

  const server = createServer(async (req, res) => {
    const send = async (status: number, file: string | null, fallback = '') => {
      const body = file && (await isFile(file)) ? file : null;
      res.writeHead(status, { ...options.headers, 'content-type': body ? (TYPES[extname(body)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8' });
      if (req.method === 'HEAD') return res.end();
      if (body) createReadStream(body).pipe(res);
      else res.end(fallback);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null, 'Method not allowed');

    const redirect = (location: string) => void res.writeHead(301, { ...options.headers, location }).end();
    // Concatenated, not resolved: "//x/" must stay a path, not become a host.
    const requested = new URL(`http://localhost${req.url ?? '/'}`);
    const clean = normalisedPath(requested.pathname);
    if (clean) return redirect(clean + requested.search);
    let pathname: string;
    try {
      pathname = decodeURIComponent(requested.pathname);
    } catch {
      return send(400, null, 'Bad request');
    }
    if (pathname === base.slice(0, -1)) return redirect(base);
    const notFound = options.notFoundPage ?? join(root, '404.html');
    if (!pathname.startsWith(base)) return send(404, null, 'Not found');
    const relativePath = normalize(pathname.slice(base.length)).replace(/^([/\\])+/, '');
    const target = resolve(root, relativePath);
    if (target !== root && !target.startsWith(root + sep)) return send(404, notFound);
    if (options.block?.(relativePath)) return send(403, null, 'Forbidden');

    if (await isFile(target)) return send(200, target);
    if (await isFile(join(target, 'index.html'))) {
      if (!pathname.endsWith('/')) return redirect(`${requested.pathname}/${requested.search}`);
      return send(200, join(target, 'index.html'));
    }
    return send(options.notFoundStatus ?? 404, notFound, 'Not found');
  });

  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${host}:${actualPort}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
