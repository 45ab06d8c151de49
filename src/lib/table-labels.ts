/**
 * Labels each data cell of a table with the text of its column header, as `data-label`, so that
 * the narrow-screen layout (one block per row) can show the label beside the cell without the
 * words being written twice in the page's source.
 */
import { byTag, elementsIn, getAttr, hasAttr, setAttr, visibleText, type Element } from './parse5-tree.ts';

const cellsOf = (row: Element): Element[] => row.childNodes.filter((c): c is Element => 'tagName' in c && (c.tagName === 'td' || c.tagName === 'th'));
const span = (cell: Element): number => Math.max(1, Number.parseInt(getAttr(cell, 'colspan') ?? '1', 10) || 1);

/** The column headers of a table's head, by column index (a spanning header covers its columns). */
function columnHeaders(table: Element): Array<string | undefined> {
  const head = byTag(table, 'thead')[0];
  const headRow = head && byTag(head, 'tr')[0];
  if (!headRow) return [];
  const labels: Array<string | undefined> = [];
  for (const cell of cellsOf(headRow)) {
    const text = cell.tagName === 'th' ? visibleText(cell) : '';
    for (let i = 0; i < span(cell); i++) labels.push(text || undefined);
  }
  return labels;
}

/** Sets `data-label` on every body cell that has a column header; returns how many it labelled. */
export function labelTableCells(root: Element): number {
  let labelled = 0;
  for (const table of [...elementsIn(root)].filter((e) => e.tagName === 'table')) {
    const headers = columnHeaders(table);
    if (headers.length === 0) continue;
    for (const body of byTag(table, 'tbody')) {
      for (const row of byTag(body, 'tr')) {
        let column = 0;
        for (const cell of cellsOf(row)) {
          const label = headers[column];
          if (label && cell.tagName === 'td' && !hasAttr(cell, 'data-label')) {
            setAttr(cell, 'data-label', label);
            labelled++;
          }
          column += span(cell);
        }
      }
    }
  }
  return labelled;
}
