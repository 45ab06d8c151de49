/**
 * The Content-Security-Policy the site is built to run under. Every server configuration in the
 * README sends exactly this header; tests check that the README and the project's server agree.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; nothing else is relaxed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
