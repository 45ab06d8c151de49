/**
 * Pinpoints: each guide section names the part of the original document it explains (its
 * "original" map, keyed by heading id). Every heading needs one and every entry needs a heading,
 * so a renamed heading cannot leave a reader without a way back to the source.
 */

export function pinpointProblems(guideId: string, headingIds: readonly string[], original: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const id of headingIds) {
    if (!original[id]?.trim()) problems.push(`guide "${guideId}": section "${id}" has no pinpoint: add it to "original" in content/guides/${guideId}.mdx`);
  }
  for (const id of Object.keys(original)) {
    if (!headingIds.includes(id)) problems.push(`guide "${guideId}": "original" names "${id}", which is not a heading of the guide`);
  }
  return problems;
}
