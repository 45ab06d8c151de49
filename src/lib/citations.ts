/**
 * Citations link a claim to a section of a document guide: "guide-id#section-id". Resolving one
 * that does not exist is an error naming the page and the reference, so a bad citation fails the
 * build instead of shipping a broken link. A resolved citation also names the part of the original
 * document the section explains, so the reader knows where to check.
 */

export interface GuideSection {
  title: string;
  /** The part of the original document, e.g. "legislative recommendation 3". */
  original: string;
}

export interface GuideSections {
  shortTitle: string;
  /** Section id → its heading and pinpoint. */
  sections: ReadonlyMap<string, GuideSection>;
}

export type GuideIndex = ReadonlyMap<string, GuideSections>;

export interface ResolvedCitation {
  href: string;
  guideTitle: string;
  sectionTitle: string;
  original: string;
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
  const section = guide.sections.get(sectionId);
  if (section === undefined) {
    throw new CitationError(
      `Citation "${ref}" on page ${page} names a section that guide "${guideId}" does not have: "${sectionId}". Its sections: ${[...guide.sections.keys()].join(', ')}.`,
    );
  }
  return { href: guideHref(guideId, sectionId), guideTitle: guide.shortTitle, sectionTitle: section.title, original: section.original };
}
