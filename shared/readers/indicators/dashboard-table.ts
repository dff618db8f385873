// Reads a performance dashboard (a table region of a pack) into one row per indicator: names,
// themes, both periods' values, target, RAG, quartile, neighbour average and polarity, as printed.
import { findHeader } from './columns';
import { cleanPrintedName } from './names';
import { readPolarity } from './polarity';
import { alignRow, hasIndicatorCells, type AlignedRow } from './row-alignment';
import { logicalRows } from './table-rows';
import {
  parseChangeWord,
  parseIndicatorValue,
  parseQuartile,
  parseRag,
  parseTarget,
  parseTrendWord,
} from './values';
import type { DashboardRegion, SourceRange } from '../../agenda-pack';
import type { Target } from '../../indicator-series';
import type { ColumnRole, DashboardReading, IndicatorRow, PeriodValue, Polarity } from './types';

export interface LinePosition {
  page: number;
  line: number;
}

export interface DashboardContext {
  /** The period of the report the dashboard belongs to, as printed ("Quarter 1 2021/22"). */
  reportPeriodLabel?: string | null;
  /** Where each of the region's lines sits in the pack, when known. */
  linePositions?: LinePosition[];
}

const TITLE_PERIOD =
  /(?:quarter|q)\s?[1-4],?\s+\d{4}\/\d{2,4}|\d{4}\/\d{2,4},?\s+(?:quarter|q)\s?[1-4]|(?:spring|summer|autumn)\s+(?:term\s+)?\d{4}/i;

/** The period a dashboard's title names ("… Dashboard for Quarter 4, 2021/22"), as printed. */
export function titlePeriod(title: string | null): string | null {
  return title ? (TITLE_PERIOD.exec(title)?.[0] ?? null) : null;
}

function rowSource(
  region: DashboardRegion,
  positions: LinePosition[] | undefined,
  from: number,
  to: number,
): SourceRange {
  const first = positions?.[from];
  const last = positions?.[to];
  if (!first || !last) return region.source;
  return { page: first.page, lineFrom: first.line, pageTo: last.page, lineTo: last.line };
}

/** Positions of a region's lines when they can be told from the region alone (no gaps removed). */
function sequentialPositions(region: DashboardRegion): LinePosition[] | undefined {
  const { page, pageTo, lineFrom, lineTo } = region.source;
  if (page !== pageTo || lineTo - lineFrom + 1 !== region.lines.length) return undefined;
  return region.lines.map((_, index) => ({ page, line: lineFrom + index }));
}

function periodValue(
  column: PeriodValue['column'],
  period: string | undefined,
  value: string | undefined,
): PeriodValue | null {
  if (!value && !period) return null;
  return { ...parseIndicatorValue(value ?? ''), periodLabel: period || null, column };
}

/**
 * Polarity read from trend and change words gives way to a target that points the other way
 * ("Increase", "Positive" against "<20.8%"): the words are the weaker evidence.
 */
function checkedAgainstTarget(polarity: Polarity, target: Target | null): Polarity {
  if (polarity.source !== 'inferred' || !target || target.op === '=') return polarity;
  const fromTarget = target.op.startsWith('>') ? 'high' : 'low';
  if (polarity.value === fromTarget || polarity.value === 'none') return polarity;
  return { value: fromTarget, source: 'inferred' };
}

type Item = { row: { kind: 'data' | 'section' }; aligned: AlignedRow | null };

/**
 * A merged topic cell prints its text beside the middle of its rows, so a topic can appear one row
 * early: on a row whose theme carries on from the row above while the next row, with no topic of
 * its own, starts a new theme. Such a topic is taken to start at the next row.
 */
function startsLate(items: Item[], position: number): boolean {
  const here = items[position]?.aligned;
  const before = items[position - 1]?.aligned;
  const after = items[position + 1]?.aligned;
  if (!here?.theme || !before?.theme || !after?.theme || after.topic) return false;
  return before.theme === here.theme && after.theme !== here.theme;
}

function orNull(text: string | undefined): string | null {
  return text ? text : null;
}

/**
 * Reads one table region. Regions whose header names no indicator columns (other tables in the
 * pack) give no rows and no warnings; rows that cannot be read give a warning saying where.
 */
export function readDashboard(
  region: DashboardRegion,
  context: DashboardContext = {},
): DashboardReading {
  const found = findHeader(region.lines);
  if (!found) return { rows: [], warnings: [] };
  const { header, index } = found;
  const positions = context.linePositions ?? sequentialPositions(region);
  const periodContext = titlePeriod(region.title) ?? context.reportPeriodLabel ?? null;
  const bodyStart = index + header.lineCount;
  const rows: IndicatorRow[] = [];
  const warnings: string[] = [];
  const where = (from: number): string => {
    const position = positions?.[bodyStart + from];
    const at = position ? `page ${position.page}, line ${position.line}` : `row ${from + 1}`;
    return `${at} of the table "${region.title ?? 'untitled'}"`;
  };
  let topic: string | null = null;
  let theme: string | null = null;
  const items = logicalRows(region.lines.slice(bodyStart)).map((row) => ({
    row,
    aligned: row.kind === 'data' ? alignRow(row.cells, header.roles) : null,
  }));
  let deferredTopic: string | null = null;
  for (const [position, { row, aligned }] of items.entries()) {
    if (deferredTopic !== null) topic = deferredTopic;
    deferredTopic = null;
    if (row.kind === 'section') {
      topic = cleanPrintedName(row.cells.join(' '));
      theme = null;
      continue;
    }
    if (!aligned || !hasIndicatorCells(aligned)) {
      warnings.push(`could not read the indicator at ${where(row.from)}`);
      continue;
    }
    if (aligned.topic && startsLate(items, position))
      deferredTopic = cleanPrintedName(aligned.topic);
    else if (aligned.topic) topic = cleanPrintedName(aligned.topic);
    if (aligned.topic || aligned.theme)
      theme = aligned.theme ? cleanPrintedName(aligned.theme) : null;
    const cells = aligned.cells;
    const name = cleanPrintedName(aligned.name);
    const reading = readPolarity({ name, trendText: cells.trend, changeText: cells.change });
    if (reading.conflict) warnings.push(`${name}: ${reading.conflict} (${where(row.from)})`);
    const target = cells.target ? parseTarget(cells.target, reading.polarity.value) : null;
    const polarity = checkedAgainstTarget(reading.polarity, target);
    if (polarity !== reading.polarity) {
      warnings.push(
        `${name}: the trend and change words (${cells.trend}, ${cells.change}) imply the opposite of the target ${cells.target}; polarity taken from the target (${where(row.from)})`,
      );
    }
    if (aligned.unplaced.length > 0) {
      warnings.push(
        `${name}: cells not matched to any column: ${aligned.unplaced.join(' | ')} (${where(row.from)})`,
      );
    }
    const values = [
      periodValue('previous', cells.previousPeriod, cells.previousValue),
      periodValue('latest', cells.latestPeriod, cells.latestValue),
    ].filter((value): value is PeriodValue => value !== null);
    const neighbour = cells.neighbour ? parseIndicatorValue(cells.neighbour) : null;
    const printed: Partial<Record<ColumnRole, string>> = { ...cells, name };
    if (aligned.topic) printed.topic = aligned.topic;
    if (aligned.theme) printed.theme = aligned.theme;
    rows.push({
      name,
      topic,
      theme: theme ?? topic,
      frequency: orNull(cells.frequency),
      values,
      periodContext,
      target,
      rag: cells.rag ? parseRag(cells.rag) : null,
      quartile: cells.quartile ? parseQuartile(cells.quartile) : null,
      neighbourAverage: neighbour && neighbour.value !== null ? neighbour : null,
      statedTrend: orNull(cells.trend),
      statedChange: orNull(cells.change),
      trend: cells.trend ? parseTrendWord(cells.trend) : null,
      change: cells.change ? parseChangeWord(cells.change) : null,
      polarity,
      printed,
      source: rowSource(region, positions, bodyStart + row.from, bodyStart + row.to),
    });
  }
  return { rows, warnings };
}
