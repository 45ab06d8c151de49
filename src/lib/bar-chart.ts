/**
 * Lays out a horizontal bar chart for inline SVG, at build time: each bar's label wrapped above
 * it, the bar scaled to its share, and the figure written at its end. No charting library.
 */

export interface Bar {
  label: string;
  /** 0 to 1. */
  share: number;
  /** The figure as the source writes it ("49.2%", "8 out of 10"). */
  display: string;
}

export interface LaidOutBar extends Bar {
  labelLines: Array<{ text: string; y: number }>;
  barY: number;
  barWidth: number;
  valueX: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: LaidOutBar[];
}

const WIDTH = 640;
const LINE = 20;
const BAR = 22;
const GAP = 14;
const VALUE_ROOM = 150;

export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutBars(bars: readonly Bar[], maxChars = 70): ChartLayout {
  let y = 0;
  const laidOut = bars.map((bar) => {
    const labelLines = wrap(bar.label, maxChars).map((text) => {
      y += LINE;
      return { text, y };
    });
    const barY = y + 6;
    y = barY + BAR + GAP;
    const barWidth = Math.max(Math.round(bar.share * (WIDTH - VALUE_ROOM)), 2);
    return { ...bar, labelLines, barY, barWidth, valueX: barWidth + 8 };
  });
  return { width: WIDTH, height: y, bars: laidOut };
}
