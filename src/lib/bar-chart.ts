/**
 * A horizontal bar chart's geometry, at build time: each bar's length as a percentage of the
 * longest possible bar. The labels and figures are HTML text, so they keep the page's text size
 * and wrap on a phone; only the bars themselves are drawn (as SVG, which needs no style attribute).
 */

export interface Bar {
  label: string;
  /** 0 to 1. */
  share: number;
  /** The figure as the source writes it ("49.2%", "8 out of 10"). */
  display: string;
}

/** Shortest bar drawn, in percent, so that a share of nearly nothing still shows as a bar. */
const MIN_PERCENT = 0.5;

/** The bar's length in percent of the full track, rounded to a tenth, never below a sliver. */
export function barPercent(share: number): number {
  const clamped = Math.min(Math.max(share, 0), 1);
  return Math.max(Math.round(clamped * 1000) / 10, MIN_PERCENT);
}
