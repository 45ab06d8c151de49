/**
 * Content collections: every word the site shows lives in the top-level `content/` folder and
 * is validated here. Schemas are in src/schemas/, one file per kind of content.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { siteSchema } from './schemas/site.ts';
import { pageSchema } from './schemas/page.ts';
import { guideSchema } from './schemas/guide.ts';
import { positionSchema } from './schemas/position.ts';
import { consultationSchema } from './schemas/consultation.ts';
import { searchWordsSchema } from './schemas/search.ts';
import { flowWordsSchema, outcomeSchema, questionWordsSchema } from './schemas/flow.ts';

export const collections = {
  site: defineCollection({ loader: file('content/site.yaml'), schema: siteSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: pageSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/guides' }), schema: guideSchema }),
  consultation: defineCollection({ loader: file('content/consultation.yaml'), schema: consultationSchema }),
  positions: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/positions' }), schema: positionSchema }),
  search: defineCollection({ loader: file('content/search.yaml'), schema: searchWordsSchema }),
  flow: defineCollection({ loader: file('content/flow/flow.yaml'), schema: flowWordsSchema }),
  questions: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/flow/questions' }), schema: questionWordsSchema }),
  outcomes: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/flow/outcomes' }), schema: outcomeSchema }),
};
