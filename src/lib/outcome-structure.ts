/**
 * The shape every outcome page must have, checked at build time: its body has one section per
 * model, in order, each headed with the model's name and what the section is about for this
 * reader ("Option 1 for district councils"); and no heading on the page repeats another, so the
 * contents list and a screen reader's list of headings are unambiguous.
 */

export interface Heading {
  depth: number;
  text: string;
}

export function outcomeStructureProblems(
  id: string,
  bodyHeadings: readonly Heading[],
  frameHeadings: readonly string[],
  modelNames: readonly string[],
): string[] {
  const problems: string[] = [];
  const sections = bodyHeadings.filter((h) => h.depth === 2);
  const file = `content/flow/outcomes/${id}.mdx`;
  if (sections.length !== modelNames.length) {
    problems.push(`${file}: the body needs exactly ${modelNames.length} "##" sections, one per model (${modelNames.join(', ')}), but has ${sections.length}`);
  }
  sections.forEach((section, i) => {
    const name = modelNames[i];
    if (!name) return;
    const text = section.text.trim();
    if (!text.toLowerCase().startsWith(name.toLowerCase())) {
      problems.push(`${file}: section ${i + 1} must begin with "${name}", but is "${text}"`);
    } else if (text.length <= name.length + 3) {
      problems.push(`${file}: section "${text}" must say what it is about for this reader, e.g. "${name} for district councils"`);
    }
  });
  const seen = new Map<string, string>();
  for (const text of [...frameHeadings, ...bodyHeadings.map((h) => h.text)]) {
    const key = text.trim().toLowerCase();
    if (seen.has(key)) problems.push(`${file}: the heading "${text}" appears more than once on the page`);
    seen.set(key, text);
  }
  return problems;
}
