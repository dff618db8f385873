// Reads every performance indicator a parsed agenda pack states: dashboard rows and narrative
// sentences, with periods left as printed, and links each sentence to the table row it speaks of.
import { readDashboard, type LinePosition } from './dashboard-table';
import { nameSimilarity } from './names';
import { readNarrative } from './narrative';
import type { DashboardRegion, PackLine, ParsedPack } from '../../../../shared/agenda-pack';
import type { IndicatorRow, NarrativeStatement } from './types';

const PERFORMANCE_REPORT = /\bperformance\b/i;
const REPORT_PERIOD =
  /(?:quarter|q)\s?[1-4],?\s+\d{4}\/\d{2,4}|\d{4}\/\d{2,4},?\s+(?:quarter|q)\s?[1-4]|(?:spring|summer|autumn)\s+(?:term\s+)?\d{4}|(?:year\s+end(?:ing)?\s+)?\d{4}\/\d{2,4}/i;
const MIN_SUBJECT_MATCH = 0.6;

export interface LinkedStatement extends NarrativeStatement {
  /** The index in `rows` of the dashboard row the sentence speaks of, or null. */
  rowIndex: number | null;
}

export interface PackIndicators {
  /** The performance report's own period as printed ("Quarter 4 2021/22"), from its title. */
  reportPeriodLabel: string | null;
  rows: IndicatorRow[];
  narrative: LinkedStatement[];
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
  for (const region of pack.dashboards) {
    const linePositions = options.lines ? regionPositions(region, options.lines) : undefined;
    const reading = readDashboard(region, { reportPeriodLabel, linePositions });
    rows.push(...reading.rows);
    warnings.push(...reading.warnings);
  }
  const narrative = performanceReports.flatMap(readNarrative).map((statement) => ({
    ...statement,
    rowIndex: bestRow(statement.subject, rows),
  }));
  if (performanceReports.length > 0 && rows.length === 0) {
    warnings.push('the pack has a performance report but no dashboard table could be read');
  }
  return { reportPeriodLabel, rows, narrative, warnings };
}
