/**
 * Horizontal bars as inline SVG text for the search report: one row per label, a bar for the value
 * and, over its start, a darker part (e.g. the zero-result searches among a query's searches).
 * Horizontal because the labels are queries, often long and in Korean, which vertical bars could
 * only show slanted or cut. (bench/chart-svg.ts draws vertical bar pairs for this site vs
 * Pagefind; its two fixed series do not fit here.) Text is escaped: labels are user input.
 */

export interface BarRow {
  readonly label: string;
  readonly value: number;
  /** Drawn over the start of the bar; at most `value`. */
  readonly part?: number;
}

export interface BarLegend {
  readonly value: string;
  readonly part?: string;
}

const WIDTH = 760;
const LABEL_WIDTH = 200;
/** Room right of the longest bar for its value, e.g. "45,837 (15.5% zero-result)". */
const VALUE_WIDTH = 190;
const ROW = 22;
const BAR = 14;
const TOP = 28; // the legend
const FONT_SIZE = 12;
const COLOURS = { value: "#93c5fd", part: "#dc2626" };

export const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Wide (Hangul, CJK, full-width) characters take about a full em, others about half. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The label cut to fit the label column, with "…" when cut. */
function fitted(label: string): string {
  let width = 0;
  let out = "";
  for (const ch of label) {
    width += (WIDE.test(ch) ? 1 : 0.6) * FONT_SIZE;
    if (width > LABEL_WIDTH - 24) return `${out}…`;
    out += ch;
  }
  return out;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function barsSvg(
  rows: readonly BarRow[],
  legend: BarLegend,
  format: (row: BarRow) => string,
  description: string,
): string {
  const height = TOP + rows.length * ROW + 6;
  const largest = Math.max(1, ...rows.map((row) => row.value));
  const scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / largest;
  const out = [
    `<svg role="img" aria-label="${escapeXml(description)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-size="${FONT_SIZE}">`,
    `<rect x="${LABEL_WIDTH}" y="6" width="12" height="12" fill="${COLOURS.value}"/>`,
    `<text x="${LABEL_WIDTH + 17}" y="16">${escapeXml(legend.value)}</text>`,
  ];
  if (legend.part !== undefined) {
    const x = LABEL_WIDTH + 40 + legend.value.length * 7;
    out.push(
      `<rect x="${x}" y="6" width="12" height="12" fill="${COLOURS.part}"/>`,
      `<text x="${x + 17}" y="16">${escapeXml(legend.part)}</text>`,
    );
  }
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    const barY = y + (ROW - BAR) / 2;
    const width = r1(row.value * scale);
    out.push(
      `<g><title>${escapeXml(`${row.label}: ${format(row)}`)}</title>`,
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeXml(fitted(row.label))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${barY}" width="${width}" height="${BAR}" fill="${COLOURS.value}"/>`,
    );
    if (row.part) {
      out.push(
        `<rect x="${LABEL_WIDTH}" y="${barY}" width="${r1(Math.min(row.part, row.value) * scale)}" height="${BAR}" fill="${COLOURS.part}"/>`,
      );
    }
    out.push(`<text x="${r1(LABEL_WIDTH + width + 6)}" y="${y + 15}" fill="#374151">${escapeXml(format(row))}</text></g>`);
  });
  out.push("</svg>");
  return out.join("\n");
}
