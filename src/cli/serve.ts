/** Serves the built site on localhost (`npm start`) and prints its address. */
import { startStaticServer } from '../lib/static-server.ts';
import { CONTENT_SECURITY_POLICY } from '../lib/security-headers.ts';

const root = process.argv[2] ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const basePath = process.env.BASE_PATH ?? '/';
// Served with the same Content-Security-Policy the README asks every server to send.
const { url } = await startStaticServer({ root, basePath, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } }, port);
console.log(`Serving ${root} at ${url} (Ctrl+C to stop)`);
