/** The flow's transition table for the browser, compiled from the machine's graph at build time. */
import type { APIRoute } from 'astro';
import { reachableStates } from '../../flow/graph.ts';
import { compileGraph } from '../../flow/compile-graph.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(compileGraph(reachableStates())), { headers: { 'content-type': 'application/json' } });
