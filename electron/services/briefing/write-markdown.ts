// The briefing as Markdown: headings, pipe tables with a header row, quoted passages, and each
// chart as a PNG beside the file (named after the file) with its text alternative.
import type { BriefingLayout, Run } from '../../../shared/briefing/blocks';
import type { ChartImage } from './chart-images';

export interface MarkdownOutput {
  text: string;
  /** Chart pictures to write beside the Markdown file: name → PNG. */
  images: { name: string; png: Buffer }[];
}

/** Characters Markdown would read as formatting, escaped (an underscore inside a word is not). */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*[\]<>|])/g, '\\$1')
    .replace(/(^|[^A-Za-z0-9])_/g, '$1\\_')
    .replace(/_(?=[^A-Za-z0-9]|$)/g, '\\_')
    .replace(/\n+/g, ' ');
}

function runs(list: Run[]): string {
  return list
    .map((run) => {
      const text = escapeMarkdown(run.text);
      if (!text.trim()) return text;
      const lead = text.match(/^\s*/)![0];
      const trail = text.match(/\s*$/)![0];
      const core = text.trim();
      if (run.bold) return `${lead}**${core}**${trail}`;
      if (run.italic) return `${lead}*${core}*${trail}`;
      return text;
    })
    .join('');
}

const cell = (text: string): string => escapeMarkdown(text) || ' ';

export function writeMarkdown(
  layout: BriefingLayout,
  charts: Map<number, ChartImage>,
  baseName: string,
): MarkdownOutput {
  const images: MarkdownOutput['images'] = [];
  const out: string[] = [];
  for (const item of layout.blocks) {
    switch (item.type) {
      case 'heading':
        out.push(`${'#'.repeat(item.level)} ${escapeMarkdown(item.text)}`);
        break;
      case 'paragraph':
        out.push(runs(item.runs));
        break;
      case 'quote':
        out.push(
          `> ${item.number ? `**${escapeMarkdown(item.number)}** ` : ''}${escapeMarkdown(item.text)}` +
            (item.source ? `\n>\n> *Source: ${escapeMarkdown(item.source)}*` : ''),
        );
        break;
      case 'list':
        out.push(item.items.map((entry) => `- ${runs(entry)}`).join('\n'));
        break;
      case 'table':
        out.push(
          [
            `*${escapeMarkdown(item.caption)}*`,
            '',
            `| ${item.header.map(cell).join(' | ')} |`,
            `|${item.header.map(() => ' --- ').join('|')}|`,
            ...item.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
      case 'chart': {
        const chart = charts.get(item.id);
        if (!chart) break;
        const name = `${baseName}-chart-${images.length + 1}.png`;
        images.push({ name, png: chart.png });
        out.push(`![${escapeMarkdown(item.alt)}](${encodeURI(name)})`);
        break;
      }
      case 'page-break':
        break;
    }
  }
  return { text: out.join('\n\n') + '\n', images };
}
