/**
 * Names shared by the 404 page's build step (src/lib/not-found-page.ts) and its script
 * (src/scripts/not-found-root.ts). The 404 page is shown at any missing address, so until the
 * site root is known its links and files are kept in these attributes instead of href/action.
 */

/** `<a data-root-href="about/">`: the address relative to the site root. */
export const ROOT_HREF = 'data-root-href';
/** `<form data-root-action="search/" hidden>`: shown once it can be sent somewhere. */
export const ROOT_ACTION = 'data-root-action';
/** Words that say how to find the home page by hand; hidden once links work. */
export const ROOT_UNKNOWN = 'data-root-unknown';
/** Id of the `<script type="application/json">` listing the page's stylesheets and modules. */
export const ASSETS_ID = 'site-assets';

export interface PageAssets {
  /** The root finder's own file, relative to the site root. */
  finder: string;
  stylesheets: string[];
  modules: string[];
}
