/** Serves the built site on localhost (`npm start`) and prints its address. */
import { startStaticServer } from '../lib/static-server.ts';

const root = process.argv[2] ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const basePath = process.env.BASE_PATH ?? '/';
const { url } = await startStaticServer({ root, basePath }, port);
console.log(`Serving ${root} at ${url} (Ctrl+C to stop)`);
