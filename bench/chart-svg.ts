/**
 * A small grouped bar chart as SVG text, for docs/BENCHMARKS.md (bench/compare.ts): panels side by
 * side, one group of bars per corpus (this site; Pagefind in this site's page; Pagefind's API on a
 * light page), each bar labelled with its value.
 * No library: rectangles, lines and text.
 */

export interface ChartGroup {
  /** Shown under the group, e.g. `2,000` or `React docs`. */
  readonly label: string;
  /** One value per series, in SERIES order. */
  readonly values: readonly [number, number, number];
}

export interface ChartPanel {
  readonly title: string;
  readonly groups: readonly ChartGroup[];
  /** Text of a bar's value. */
  readonly format: (value: number) => string;
}

const SERIES = [
  { name: "this site", colour: "#2563eb" },
  { name: "Pagefind (page)", colour: "#9ca3af" },
  { name: "Pagefind (API)", colour: "#d1d5db" },
] as const;

const PANEL_WIDTH = 420;
const PANEL_HEIGHT = 270;
const TOP = 64; // title and legend above the plot
const BOTTOM = 36; // group labels below it
const LEFT = 52; // axis labels
const RIGHT = 16;
const FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\"";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A round step of about a fifth of `max`: 1, 2 or 5 times a power of ten. */
function tickStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? 10 * power;
}

function panelSvg(panel: ChartPanel, x0: number): string[] {
  const out: string[] = [];
  const plotWidth = PANEL_WIDTH - LEFT - RIGHT;
  const plotHeight = PANEL_HEIGHT - TOP - BOTTOM;
  const largest = Math.max(0, ...panel.groups.flatMap((g) => g.values.filter(Number.isFinite)));
  const step = tickStep(largest > 0 ? largest * 1.12 : 1);
  const top = Math.max(step, Math.ceil((largest * 1.12) / step) * step);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const left = x0 + LEFT;

  out.push(
    `<text x="${x0 + PANEL_WIDTH / 2}" y="22" text-anchor="middle" font-size="14" font-weight="600">${escapeXml(panel.title)}</text>`,
  );
  for (let tick = 0; tick <= top + step / 2; tick += step) {
    const ty = r1(y(tick));
    out.push(
      `<line x1="${left}" x2="${left + plotWidth}" y1="${ty}" y2="${ty}" stroke="${tick === 0 ? "#6b7280" : "#e5e7eb"}"/>`,
      `<text x="${left - 6}" y="${ty + 4}" text-anchor="end" font-size="11" fill="#4b5563">${Number(tick.toFixed(6))}</text>`,
    );
  }
  const groupWidth = plotWidth / Math.max(1, panel.groups.length);
  const barWidth = Math.min(30, groupWidth * 0.26);
  const gap = 4;
  const barsWidth = SERIES.length * barWidth + (SERIES.length - 1) * gap;
  panel.groups.forEach((group, g) => {
    const centre = left + groupWidth * (g + 0.5);
    group.values.forEach((value, s) => {
      const x = centre - barsWidth / 2 + s * (barWidth + gap);
      if (!Number.isFinite(value)) {
        out.push(
          `<text x="${r1(x + barWidth / 2)}" y="${r1(y(0) - 4)}" text-anchor="middle" font-size="10" fill="#6b7280">n/a</text>`,
        );
        return;
      }
      const barTop = y(value);
      out.push(
        `<rect x="${r1(x)}" y="${r1(barTop)}" width="${r1(barWidth)}" height="${r1(y(0) - barTop)}" fill="${SERIES[s]!.colour}"><title>${escapeXml(`${group.label}, ${SERIES[s]!.name}: ${panel.format(value)}`)}</title></rect>`,
        `<text x="${r1(x + barWidth / 2)}" y="${r1(barTop - 4)}" text-anchor="middle" font-size="10" fill="#111827">${escapeXml(panel.format(value))}</text>`,
      );
    });
    out.push(
      `<text x="${r1(centre)}" y="${TOP + plotHeight + 20}" text-anchor="middle" font-size="12" fill="#111827">${escapeXml(group.label)}</text>`,
    );
  });
  return out;
}

/** The chart: panels side by side under one legend. */
export function comparisonChartSvg(panels: readonly ChartPanel[]): string {
  const width = PANEL_WIDTH * panels.length;
  const height = PANEL_HEIGHT;
  const legend = SERIES.flatMap((series, i) => {
    const x = width / 2 - 190 + i * 130;
    return [
      `<rect x="${x}" y="36" width="12" height="12" fill="${series.colour}"/>`,
      `<text x="${x + 17}" y="46" font-size="12" fill="#111827">${escapeXml(series.name)}</text>`,
    ];
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...legend,
    ...panels.flatMap((panel, i) => panelSvg(panel, i * PANEL_WIDTH)),
    "</svg>",
    "",
  ].join("\n");
}
