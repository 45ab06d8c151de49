/**
 * Citations link a claim to a section of a document guide: "guide-id#section-id". Resolving one
 * that does not exist is an error naming the page and the reference, so a bad citation fails the
 * build instead of shipping a broken link.
 */

export interface GuideSections {
  shortTitle: string;
  /** Section id → heading text. */
  sections: ReadonlyMap<string, string>;
}

export type GuideIndex = ReadonlyMap<string, GuideSections>;

export interface ResolvedCitation {
  href: string;
  guideTitle: string;
  sectionTitle: string;
}

export class CitationError extends Error {
  override name = 'CitationError';
}

export function guideHref(guideId: string, sectionId?: string): string {
  return `/guides/${guideId}/${sectionId ? `#${sectionId}` : ''}`;
}

export function resolveCitation(ref: string, index: GuideIndex, page: string): ResolvedCitation {
  const match = /^([a-z0-9-]+)#([a-z0-9-]+)$/.exec(ref);
  if (!match) {
    throw new CitationError(`Citation "${ref}" on page ${page} is malformed: write it as "guide-id#section-id".`);
  }
  const [, guideId, sectionId] = match as unknown as [string, string, string];
  const guide = index.get(guideId);
  if (!guide) {
    throw new CitationError(
      `Citation "${ref}" on page ${page} names a guide that does not exist: "${guideId}". Guides: ${[...index.keys()].join(', ')}.`,
    );
  }
  const sectionTitle = guide.sections.get(sectionId);
  if (sectionTitle === undefined) {
    throw new CitationError(
      `Citation "${ref}" on page ${page} names a section that guide "${guideId}" does not have: "${sectionId}". Its sections: ${[...guide.sections.keys()].join(', ')}.`,
    );
  }
  return { href: guideHref(guideId, sectionId), guideTitle: guide.shortTitle, sectionTitle };
}
