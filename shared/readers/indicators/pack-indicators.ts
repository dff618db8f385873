// Reads every performance indicator a parsed agenda pack states: dashboard rows and narrative
// sentences, with periods left as printed, and links each sentence to the table row it speaks of.
import { readDashboard, type LinePosition } from './dashboard-table';
import { nameSimilarity } from './names';
import { readNarrative } from './narrative';
import { readPackNarrative } from './pack-narrative';
import { readPeriodTable } from './period-table';
import { cellKind, cellsOf } from './columns';
import type { DashboardRegion, PackLine, ParsedPack, SourceRange } from '../../agenda-pack';
import type { DashboardReading, IndicatorRow, NarrativeStatement, TableSummary } from './types';

const PERFORMANCE_REPORT = /\bperformance\b/i;
const REPORT_PERIOD =
  /(?:quarter|q)\s?[1-4],?\s+\d{4}\/\d{2,4}|\d{4}\/\d{2,4},?\s+(?:quarter|q)\s?[1-4]|(?:spring|summer|autumn)\s+(?:term\s+)?\d{4}|(?:year\s+end(?:ing)?\s+)?\d{4}\/\d{2,4}/i;
const MIN_SUBJECT_MATCH = 0.6;
const FIGURE_KINDS = new Set(['figure', 'none', 'target']);

export interface LinkedStatement extends NarrativeStatement {
  /** The index in `rows` of the dashboard row the sentence speaks of, or null. */
  rowIndex: number | null;
}

export interface PackIndicators {
  /** The performance report's own period as printed ("Quarter 4 2021/22"), from its title. */
  reportPeriodLabel: string | null;
  rows: IndicatorRow[];
  narrative: LinkedStatement[];
  /** Every table that holds figures, with how much of it was read. */
  tables: TableSummary[];
  warnings: string[];
}

export interface PackIndicatorOptions {
  /** The pack's lines (from the same pages parsePack read) to give each row its exact lines. */
  lines?: PackLine[];
}

/** "Quarter 4 2021/22 Performance Report" → "Quarter 4 2021/22"; null when the title has no period. */
export function reportPeriodOf(title: string): string | null {
  return REPORT_PERIOD.exec(title)?.[0].replace(/\s+/g, ' ') ?? null;
}

/** Where each of a region's (gap-free) lines sits, found by walking the pack lines it spans. */
function regionPositions(region: DashboardRegion, lines: PackLine[]): LinePosition[] | undefined {
  const { page, lineFrom, pageTo, lineTo } = region.source;
  const start = lines.findIndex((line) => line.page === page && line.line === lineFrom);
  if (start < 0) return undefined;
  const positions: LinePosition[] = [];
  for (
    let index = start;
    index < lines.length && positions.length < region.lines.length;
    index += 1
  ) {
    const line = lines[index];
    if (!line || line.page > pageTo || (line.page === pageTo && line.line > lineTo)) break;
    if (line.text.trim() && line.text === region.lines[positions.length]) {
      positions.push({ page: line.page, line: line.line });
    }
  }
  return positions.length === region.lines.length ? positions : undefined;
}

function within(line: PackLine, source: SourceRange): boolean {
  const after =
    line.page > source.page || (line.page === source.page && line.line >= source.lineFrom);
  const before =
    line.page < source.pageTo || (line.page === source.pageTo && line.line <= source.lineTo);
  return after && before;
}

function bestRow(subject: string, rows: IndicatorRow[]): number | null {
  let bestIndex: number | null = null;
  let bestScore = MIN_SUBJECT_MATCH;
  for (const [index, row] of rows.entries()) {
    const score = nameSimilarity(subject, row.name);
    if (score >= bestScore && (bestIndex === null || score > bestScore)) {
      bestIndex = index;
      bestScore = score;
    }
  }
  return bestIndex;
}

/** Reads the dashboards and performance-report narrative of a parsed pack. */
export function readPackIndicators(
  pack: ParsedPack,
  options: PackIndicatorOptions = {},
): PackIndicators {
  const performanceReports = pack.reports.filter((report) => PERFORMANCE_REPORT.test(report.title));
  const reportPeriodLabel =
    performanceReports.map((report) => reportPeriodOf(report.title)).find(Boolean) ?? null;
  const rows: IndicatorRow[] = [];
  const warnings: string[] = [];
  const tables: TableSummary[] = [];
  for (const region of pack.dashboards) {
    const linePositions = options.lines ? regionPositions(region, options.lines) : undefined;
    const dashboard = readDashboard(region, { reportPeriodLabel, linePositions });
    const reading: DashboardReading | null =
      dashboard.rows.length > 0
        ? dashboard
        : readPeriodTable(region, {
            reportPeriodLabel,
            meetingDate: pack.meetingDate,
            linePositions,
          });
    const figureRows = region.lines.filter(
      (line) => cellsOf(line).filter((cell) => FIGURE_KINDS.has(cellKind(cell))).length >= 2,
    ).length;
    if (reading && reading.rows.length > 0) {
      rows.push(...reading.rows);
      warnings.push(...reading.warnings);
      tables.push({
        title: region.title,
        page: region.source.page,
        rows: Math.max(figureRows, reading.rows.length),
        readRows: reading.rows.filter((row) => row.values.some((v) => v.value !== null)).length,
        values: reading.rows.reduce(
          (sum, row) => sum + row.values.filter((v) => v.value !== null).length,
          0,
        ),
        read: true,
      });
    } else if (figureRows >= 2) {
      tables.push({
        title: region.title,
        page: region.source.page,
        rows: figureRows,
        readRows: 0,
        values: 0,
        read: false,
      });
      warnings.push(
        `the table ${region.title ? `"${region.title}" ` : ''}on page ${region.source.page} holds figures but its header did not say what they are, so it was not read`,
      );
    }
  }
  const readInReports = (line: PackLine): boolean =>
    performanceReports.some((report) =>
      report.paragraphs.some((paragraph) => within(line, paragraph.source)),
    );
  const statements = [
    ...performanceReports.flatMap(readNarrative),
    ...(options.lines ? readPackNarrative(options.lines, readInReports) : []),
  ];
  const narrative = statements.map((statement) => ({
    ...statement,
    rowIndex: bestRow(statement.subject, rows),
  }));
  if (performanceReports.length > 0 && rows.length === 0) {
    warnings.push('the pack has a performance report but no dashboard table could be read');
  }
  return { reportPeriodLabel, rows, narrative, tables, warnings };
}
