// The briefing as one self-contained HTML file: inline CSS for screen and print, charts as data:
// PNG images with their text alternative, tables with captions and header cells, nothing from
// the network, so it opens offline, prints cleanly and passes an accessibility check.
import type { Block, BriefingLayout, Run } from '../../../shared/briefing/blocks';
import type { ChartImage } from './chart-images';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const css = `
:root { color: #0b0c0c; background: #fff; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid #0b0c0c; padding-bottom: 0.25rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
p { margin: 0 0 0.6rem; }
p.cover { font-size: 1.1rem; margin: 0 0 0.3rem; }
blockquote { margin: 0 0 0.75rem; padding: 0.25rem 0 0.25rem 1rem; border-left: 4px solid #505a5f; }
blockquote p { margin: 0 0 0.25rem; }
.source, cite { font-style: italic; font-size: 0.9rem; color: #383f43; }
figure { margin: 0.5rem 0 1rem; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 0.9rem; color: #383f43; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f2f1; }
.break { break-before: page; }
@media print { main { max-width: none; padding: 0; } @page { margin: 2cm; } h2, h3, h4 { break-after: avoid; } figure, tr { break-inside: avoid; } }
`;

function runs(list: Run[]): string {
  return list
    .map((run) => {
      let text = escapeHtml(run.text);
      if (run.bold) text = `<strong>${text}</strong>`;
      if (run.italic) text = `<em>${text}</em>`;
      return text;
    })
    .join('');
}

function block(item: Block, charts: Map<number, ChartImage>, breakNext: { on: boolean }): string {
  const cls = breakNext.on ? ' class="break"' : '';
  if (item.type === 'page-break') {
    breakNext.on = true;
    return '';
  }
  if (item.type === 'heading') breakNext.on = false;
  switch (item.type) {
    case 'heading':
      return `<h${item.level}${cls}>${escapeHtml(item.text)}</h${item.level}>`;
    case 'paragraph':
      return `<p${item.role === 'cover' ? ' class="cover"' : ''}>${runs(item.runs)}</p>`;
    case 'quote':
      return `<blockquote><p>${item.number ? `<strong>${escapeHtml(item.number)}</strong> ` : ''}${escapeHtml(item.text)}</p>${item.source ? `<p class="source">Source: ${escapeHtml(item.source)}</p>` : ''}</blockquote>`;
    case 'list':
      return `<ul>${item.items.map((entry) => `<li>${runs(entry)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><caption>${escapeHtml(item.caption)}</caption><colgroup>${item.widths.map((w) => `<col style="width:${(w * 100).toFixed(1)}%">`).join('')}</colgroup><thead><tr>${item.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${item.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'chart': {
      const chart = charts.get(item.id);
      if (!chart) return '';
      return `<figure><img src="data:image/png;base64,${chart.png.toString('base64')}" width="${chart.width}" height="${chart.height}" alt="${escapeHtml(item.alt)}"><figcaption>Chart drawn from the figures in the table below.</figcaption></figure>`;
    }
  }
}

export function writeHtml(layout: BriefingLayout, charts: Map<number, ChartImage>): string {
  const breakNext = { on: false };
  const body = layout.blocks.map((item) => block(item, charts, breakNext)).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(layout.title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
