/**
 * The longest search query the site accepts. The search boxes stop typing there, and the search
 * page cuts a longer `?q=` to it, so a shared address never grows past what servers accept (a
 * 10 KB query line gets "414 URI Too Long" from nginx's defaults).
 */
export const QUERY_MAX_LENGTH = 200;
