import { pageWeight } from '/work/wt/search/src/lib/page-weight.ts';
const w = await pageWeight('/work/wt/search/dist', '/work/wt/search/dist/search/index.html');
console.log(w.js, w.html, w.files);
