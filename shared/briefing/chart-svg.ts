// An indicator's quarter-on-quarter chart as a standalone SVG string: the same picture as the
// screen's chart (value line with RAG-shaped markers, stepped target, dashed neighbour average, the
// screen's colours), drawn without a DOM so the command line, the exports and the preview share it.

export type ChartRag = 'red' | 'amber' | 'green';

export interface ChartPoint {
  period: string;
  value: number | null;
  target: number | null;
  neighbourAverage: number | null;
  rag: ChartRag | null;
}

export interface ChartSpec {
  title: string;
  description: string;
  unit: string | null;
  points: ChartPoint[];
  width?: number;
  height?: number;
  /** Makes the title and description ids unique where several charts share one page. */
  idPrefix?: string;
}

/** The colours of renderer/indicators/chart-colours.ts, fixed for a white page. */
const ink = '#0b0c0c';
const valueColour = '#3a7bd5';
const neighbourColour = '#8a5cc2';
const ragColours: Record<ChartRag, string> = { red: '#d4351c', amber: '#b85c00', green: '#1d8547' };
const fontFamily = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

export const chartDefaultSize = { width: 720, height: 340 };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Round numbers for the axis: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, ticks: number): number {
  const raw = span / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function axisRange(values: number[]): { low: number; high: number; step: number } {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= Math.abs(low) * 0.1 || 1;
    high += Math.abs(high) * 0.1 || 1;
  }
  const step = niceStep(high - low, 5);
  return { low: Math.floor(low / step) * step, high: Math.ceil(high / step) * step, step };
}

function tickLabel(value: number, step: number, unit: string | null): string {
  const decimals = step < 1 ? Math.min(3, Math.ceil(-Math.log10(step))) : 0;
  return `${value.toFixed(decimals)}${unit === '%' ? '%' : ''}`;
}

function marker(rag: ChartRag | null, x: number, y: number): string {
  const fill = rag ? ragColours[rag] : valueColour;
  const stroke = `stroke="#ffffff" stroke-width="1.5"`;
  if (rag === 'amber')
    return `<path d="M${x} ${y - 7}L${x + 7} ${y + 5}L${x - 7} ${y + 5}Z" fill="${fill}" ${stroke}/>`;
  if (rag === 'green')
    return `<rect x="${x - 5.5}" y="${y - 5.5}" width="11" height="11" fill="${fill}" ${stroke}/>`;
  return `<circle cx="${x}" cy="${y}" r="${rag ? 6 : 4.5}" fill="${fill}" ${stroke}/>`;
}

type Segment = { x: number; y: number }[];

/** Consecutive points with a value, as separate runs so a gap is not bridged. */
function runs(coords: ({ x: number; y: number } | null)[]): Segment[] {
  const out: Segment[] = [];
  let current: Segment = [];
  for (const point of coords) {
    if (point) current.push(point);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A line through the points; a lone point becomes a short level dash so it still shows. */
const linePath = (segment: Segment, half: number): string =>
  segment.length === 1
    ? `M${(segment[0]!.x - half).toFixed(1)} ${segment[0]!.y.toFixed(1)}h${(half * 2).toFixed(1)}`
    : segment.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');

const stepPath = (segment: Segment, half: number): string =>
  segment
    .map((p, i) => {
      const start = `${(p.x - (i === 0 ? half : 0)).toFixed(1)} ${p.y.toFixed(1)}`;
      const end = `${(p.x + half).toFixed(1)} ${p.y.toFixed(1)}`;
      return `${i === 0 ? 'M' : 'L'}${start}L${end}`;
    })
    .join('');

function legend(points: ChartPoint[], y: number, width: number): string {
  const entries: { label: string; sample: string }[] = [
    { label: 'Value', sample: `<path d="M0 0H22" stroke="${valueColour}" stroke-width="3"/>` },
  ];
  if (points.some((p) => p.target !== null))
    entries.push({
      label: 'Target',
      sample: `<path d="M0 4H11V-4H22" fill="none" stroke="${ink}" stroke-width="2"/>`,
    });
  if (points.some((p) => p.neighbourAverage !== null))
    entries.push({
      label: 'Neighbour average',
      sample: `<path d="M0 0H22" stroke="${neighbourColour}" stroke-width="2" stroke-dasharray="6 4"/>`,
    });
  for (const rag of ['red', 'amber', 'green'] as const) {
    if (points.some((p) => p.rag === rag))
      entries.push({
        label: `${rag.charAt(0).toUpperCase()}${rag.slice(1)}`,
        sample: marker(rag, 11, 0),
      });
  }
  let x = 0;
  const parts = entries.map((entry) => {
    const part = `<g transform="translate(${x} 0)">${entry.sample}<text x="28" y="5" font-size="13" fill="${ink}">${escapeXml(entry.label)}</text></g>`;
    x += 40 + entry.label.length * 7.5;
    return part;
  });
  return `<g transform="translate(${Math.max(8, (width - x) / 2)} ${y})" aria-hidden="true">${parts.join('')}</g>`;
}

/** The chart as an SVG document, with <title> and <desc> for its text alternative. */
export function indicatorChartSvg(spec: ChartSpec): string {
  const width = spec.width ?? chartDefaultSize.width;
  const height = spec.height ?? chartDefaultSize.height;
  const { points, unit } = spec;
  const plot = { left: 72, right: width - 24, top: 44, bottom: height - 74 };
  const numbers = points.flatMap((p) =>
    [p.value, p.target, p.neighbourAverage].filter((n): n is number => n !== null),
  );
  const ids = spec.idPrefix ?? 'chart';
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${ids}-title" aria-describedby="${ids}-desc" font-family="${fontFamily}">`;
  const head = `<title id="${ids}-title">${escapeXml(spec.title)}</title><desc id="${ids}-desc">${escapeXml(spec.description)}</desc><rect width="${width}" height="${height}" fill="#ffffff"/><text x="${width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold" fill="${ink}">${escapeXml(spec.title.length > 90 ? `${spec.title.slice(0, 87)}…` : spec.title)}</text>`;
  if (points.length === 0 || numbers.length === 0) {
    return `${open}${head}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-size="14" fill="${ink}">No figures to draw</text></svg>`;
  }
  const range = axisRange(numbers);
  const slot = (plot.right - plot.left) / points.length;
  const xOf = (i: number): number => plot.left + slot * (i + 0.5);
  const yOf = (v: number): number =>
    plot.bottom - ((v - range.low) / (range.high - range.low)) * (plot.bottom - plot.top);
  const grid: string[] = [];
  for (let v = range.low; v <= range.high + range.step / 2; v += range.step) {
    const y = yOf(v).toFixed(1);
    grid.push(
      `<path d="M${plot.left} ${y}H${plot.right}" stroke="${ink}" stroke-opacity="0.15"/>`,
      `<text x="${plot.left - 8}" y="${Number(y) + 4}" text-anchor="end" font-size="12" fill="${ink}">${tickLabel(v, range.step, unit)}</text>`,
    );
  }
  const every = Math.ceil(points.length / Math.max(1, Math.floor((plot.right - plot.left) / 90)));
  const xLabels = points
    .map((p, i) =>
      i % every === 0 || i === points.length - 1
        ? `<text x="${xOf(i).toFixed(1)}" y="${plot.bottom + 20}" text-anchor="middle" font-size="12" fill="${ink}">${escapeXml(p.period)}</text>`
        : '',
    )
    .join('');
  const coords = (pick: (p: ChartPoint) => number | null) =>
    points.map((p, i) => {
      const v = pick(p);
      return v === null ? null : { x: xOf(i), y: yOf(v) };
    });
  const target = runs(coords((p) => p.target))
    .map((s) => `<path d="${stepPath(s, slot / 2)}" fill="none" stroke="${ink}" stroke-width="2"/>`)
    .join('');
  const neighbour = runs(coords((p) => p.neighbourAverage))
    .map(
      (s) =>
        `<path d="${linePath(s, slot / 4)}" fill="none" stroke="${neighbourColour}" stroke-width="2" stroke-dasharray="6 4"/>`,
    )
    .join('');
  const valueCoords = coords((p) => p.value);
  const values = runs(valueCoords)
    .map(
      (s) => `<path d="${linePath(s, 0)}" fill="none" stroke="${valueColour}" stroke-width="3"/>`,
    )
    .join('');
  const markers = valueCoords.map((c, i) => (c ? marker(points[i]!.rag, c.x, c.y) : '')).join('');
  const unitLabel = unit === '%' ? 'Per cent' : unit && unit.length < 24 ? escapeXml(unit) : null;
  const yTitle = unitLabel
    ? `<text transform="translate(16 ${(plot.top + plot.bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="12" fill="${ink}">${unitLabel}</text>`
    : '';
  const axes = `<path d="M${plot.left} ${plot.top}V${plot.bottom}H${plot.right}" fill="none" stroke="${ink}"/>`;
  return `${open}${head}${grid.join('')}${axes}${yTitle}${xLabels}${target}${neighbour}${values}${markers}${legend(points, height - 22, width)}</svg>`;
}
