// The briefing as it will be written, drawn from the same blocks as the files and with the same
// chart code (shared/briefing/chart-svg), so what the member checks here is what they save.
import { useId } from 'react';
import type { Block, BriefingLayout, Run } from '../../../shared/briefing/blocks';
import { indicatorChartSvg } from '../../../shared/briefing/chart-svg';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let text: React.ReactNode = run.text;
        if (run.bold) text = <strong>{text}</strong>;
        if (run.italic) text = <em>{text}</em>;
        return <span key={index}>{text}</span>;
      })}
    </>
  );
}

/** Preview headings sit below the dialog's own heading: level 1 becomes h3, and so on. */
function Heading({ level, text }: { level: 1 | 2 | 3 | 4; text: string }) {
  const Tag = (['h3', 'h4', 'h5', 'h6'] as const)[level - 1]!;
  return <Tag className={`briefing-h${level}`}>{text}</Tag>;
}

function PreviewBlock({ block, chartPrefix }: { block: Block; chartPrefix: string }) {
  switch (block.type) {
    case 'heading':
      return <Heading level={block.level} text={block.text} />;
    case 'paragraph':
      return (
        <p className={block.role === 'cover' ? 'briefing-cover' : undefined}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'quote':
      return (
        <blockquote className="briefing-quote">
          <p>
            {block.number && <strong>{block.number} </strong>}
            {block.text}
          </p>
          {block.source && <p className="briefing-source">Source: {block.source}</p>}
        </blockquote>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((runs, index) => (
            <li key={index}>
              <Runs runs={runs} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div
          className="briefing-table-scroll"
          role="region"
          aria-label={block.caption}
          tabIndex={0}
        >
          <table>
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.header.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'chart':
      return (
        <div
          className="briefing-chart"
          // Our own SVG, built from numbers and escaped text by shared/briefing/chart-svg.
          dangerouslySetInnerHTML={{
            __html: indicatorChartSvg({
              title: block.title,
              description: block.alt,
              unit: block.unit,
              points: block.points,
              idPrefix: `${chartPrefix}-${block.id}`,
            }),
          }}
        />
      );
    case 'page-break':
      return <hr className="briefing-page-break" />;
  }
}

export function BriefingPreview({ layout }: { layout: BriefingLayout }) {
  const prefix = useId().replace(/:/g, '');
  return (
    <div
      className="briefing-preview"
      role="region"
      aria-label="Preview of the briefing"
      tabIndex={0}
    >
      {layout.blocks.map((block, index) => (
        <PreviewBlock key={index} block={block} chartPrefix={`${prefix}c`} />
      ))}
    </div>
  );
}
