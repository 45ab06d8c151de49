/**
 * JSON to put inside <script type="application/json">: "<" is escaped, so no value can close the
 * script element ("</script>") or open a comment in it.
 */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
