/**
 * Content collections: every word the site shows lives in the top-level `content/` folder and
 * is validated here. Schemas are in src/schemas/, one file per kind of content.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { siteSchema } from './schemas/site.ts';
import { pageSchema } from './schemas/page.ts';
import { guideSchema } from './schemas/guide.ts';
import { positionSchema } from './schemas/position.ts';
import { consultationSchema } from './schemas/consultation.ts';
import { searchWordsSchema } from './schemas/search.ts';
import { compareSchema, glossarySchema, resultsSchema, timelineSchema } from './schemas/reference.ts';
import { flowWordsSchema, modelSummarySchema, outcomeSchema, questionWordsSchema } from './schemas/flow.ts';

export const collections = {
  site: defineCollection({ loader: file('content/site.yaml'), schema: siteSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: pageSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/guides' }), schema: guideSchema }),
  consultation: defineCollection({ loader: file('content/consultation.yaml'), schema: consultationSchema }),
  positions: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/positions' }), schema: positionSchema }),
  compare: defineCollection({ loader: file('content/compare.yaml', { parser: (text) => ({ compare: parseYaml(text) }) }), schema: compareSchema }),
  timeline: defineCollection({ loader: file('content/timeline.yaml', { parser: (text) => ({ timeline: parseYaml(text) }) }), schema: timelineSchema }),
  glossary: defineCollection({ loader: file('content/glossary.yaml', { parser: (text) => ({ glossary: parseYaml(text) }) }), schema: glossarySchema }),
  results: defineCollection({ loader: file('content/results.yaml'), schema: resultsSchema }),
  search: defineCollection({ loader: file('content/search.yaml'), schema: searchWordsSchema }),
  flow: defineCollection({ loader: file('content/flow/flow.yaml'), schema: flowWordsSchema }),
  questions: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/flow/questions' }), schema: questionWordsSchema }),
  outcomes: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/flow/outcomes' }), schema: outcomeSchema }),
  models: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/models' }), schema: modelSummarySchema }),
};
