// Files a pack's indicator figures in the store, inside the pack's own import transaction: each
// dashboard row and narrative figure is matched to one canonical indicator (aliases kept), its
// printed period resolved against the report's own quarter, and recorded as a statement.
import type Database from 'better-sqlite3';
import type { PackLine, ParsedPack, SourceRange } from '../../../../shared/agenda-pack';
import {
  parsePeriod,
  previousPeriod,
  narrativePeriod,
  reportPeriodFromTitle,
  samePeriodLastYear,
  standardLabel,
  type Period,
} from '../../../../shared/periods';
import {
  addAlias,
  createIndicator,
  enrichIndicator,
  listCatalogue,
  type NewIndicator,
} from '../../../../db/indicator-catalogue';
import { recordStatement, type StatementInput } from '../../../../db/indicator-values';
import {
  nameSimilarity,
  normaliseIndicatorName,
} from '../../../../shared/readers/indicators/names';
import { councilOfPack } from '../../../../shared/readers/indicators/council';
import { readPackIndicators } from '../../../../shared/readers/indicators/pack-indicators';
import type {
  IndicatorRow,
  IndicatorValue,
  NarrativeStatement,
  TableSummary,
} from '../../../../shared/readers/indicators/types';

/** Names at least this alike are taken as the same measure reworded between reports. */
const sameMeasure = 0.85;

export interface StoredIndicators {
  indicators: number;
  statements: number;
  /** Each table of figures found, and how many of its rows became values. */
  tables: TableSummary[];
  warnings: string[];
}

const unitOf = (unit: IndicatorValue['unit']): string | null =>
  unit === 'percent' ? '%' : unit === 'ratio' || unit === 'rate' ? unit : null;

/** One council's catalogue: a printed name only ever joins an indicator of the same council. */
class Catalogue {
  private readonly entries;
  constructor(
    private readonly db: Database.Database,
    private readonly council: string | null,
  ) {
    this.entries = listCatalogue(db, council);
  }

  /** The indicator a printed name belongs to, creating it (and an alias) when it is new. */
  resolve(name: string, facts: NewIndicator | null): number | null {
    const normalised = normaliseIndicatorName(name);
    let match = this.entries.find((entry) => entry.normalisedAlias === normalised);
    let confidence = 1;
    if (!match) {
      let best = 0;
      for (const entry of this.entries) {
        const score = nameSimilarity(name, entry.alias);
        if (score > best) [best, match] = [score, entry];
      }
      if (best < sameMeasure) match = undefined;
      confidence = best;
    }
    if (!match && !facts) return null;
    const indicatorId =
      match?.indicatorId ?? createIndicator(this.db, { ...facts!, council: this.council });
    addAlias(this.db, indicatorId, name, normalised, 'import', match ? confidence : 1);
    this.entries.push({ indicatorId, name, alias: name, normalisedAlias: normalised });
    if (facts) enrichIndicator(this.db, indicatorId, facts);
    return indicatorId;
  }
}

/** The printed polarity; failing that, the way the target points ("> 95%": higher is better). */
function polarityOf(row: IndicatorRow): Pick<NewIndicator, 'polarity' | 'polaritySource'> {
  if (row.polarity.value !== 'unknown') {
    return { polarity: row.polarity.value, polaritySource: row.polarity.source ?? 'unknown' };
  }
  const op = row.target?.op;
  if (op === '>' || op === '>=') return { polarity: 'high', polaritySource: 'inferred' };
  if (op === '<' || op === '<=') return { polarity: 'low', polaritySource: 'inferred' };
  return { polarity: 'unknown', polaritySource: 'unknown' };
}

function factsOf(row: IndicatorRow): NewIndicator {
  const unit = row.values.find((value) => value.unit)?.unit ?? null;
  return {
    name: row.name,
    theme: row.theme,
    unit: unitOf(unit),
    frequency: row.frequency,
    ...polarityOf(row),
  };
}

/** A measure first met in a sentence: named as written, its unit from the figure. */
function narrativeFacts(statement: NarrativeStatement): NewIndicator {
  return {
    name: statement.subject.charAt(0).toUpperCase() + statement.subject.slice(1),
    theme: null,
    unit: unitOf(statement.values[0]?.unit ?? null),
    frequency: null,
    polarity: 'unknown',
    polaritySource: 'unknown',
  };
}

function paragraphIdAt(
  db: Database.Database,
  documentId: number,
  source: SourceRange,
): number | null {
  const row = db
    .prepare(
      `SELECT p.id FROM report_paragraph p JOIN report r ON r.id = p.report_id
        WHERE r.source_document_id = ? AND p.page = ? AND p.line_from <= ? AND p.line_to >= ? LIMIT 1`,
    )
    .get(documentId, source.page, source.lineFrom, source.lineFrom) as { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * Figures whose period could not be read, gathered per table (page and printed label) so the
 * import report says it once per table rather than once per figure.
 */
class UnreadFigures {
  private readonly groups = new Map<
    string,
    { page: number; label: string | null; names: string[]; figures: number }
  >();

  add(page: number, label: string | null, name: string): void {
    const key = `${page}\u0000${label ?? ''}`;
    const group = this.groups.get(key) ?? { page, label, names: [], figures: 0 };
    group.figures += 1;
    if (!group.names.includes(name)) group.names.push(name);
    this.groups.set(key, group);
  }

  warnings(): string[] {
    return [...this.groups.values()].map(({ page, label, names, figures }) => {
      const shown = names.slice(0, 3).map((name) => `"${name}"`);
      const rest = names.length > 3 ? ` and ${names.length - 3} more` : '';
      const period = label ? `the period "${label}" could not be read` : 'no period was printed';
      const count = figures === 1 ? '1 figure' : `${figures} figures`;
      return `Page ${page}: ${period} for ${count} (${shown.join(', ')}${rest}), so they were not charted.`;
    });
  }
}

export function storePackIndicators(
  db: Database.Database,
  documentId: number,
  pack: ParsedPack,
  /** The pack's pages as normalisePages gives them (line positions for dashboard rows). */
  lines: PackLine[],
): StoredIndicators {
  const reading = readPackIndicators(pack, { lines });
  const meetingDate = pack.meetingDate;
  const reportPeriod = reading.reportPeriodLabel
    ? reportPeriodFromTitle(reading.reportPeriodLabel, meetingDate)
    : null;
  const catalogue = new Catalogue(db, councilOfPack(pack, lines));
  const warnings = [...reading.warnings];
  const touched = new Set<number>();
  let statements = 0;
  const record = (
    indicatorId: number,
    period: Period,
    figure: IndicatorValue,
    extra: Partial<StatementInput> & Pick<StatementInput, 'kind' | 'page' | 'lineFrom' | 'lineTo'>,
  ) => {
    recordStatement(db, {
      indicatorId,
      periodKey: period.key,
      periodLabel: standardLabel(period),
      periodStart: period.start,
      periodEnd: period.end,
      value: figure.value,
      valueText: figure.text,
      count: figure.count,
      target: null,
      rag: null,
      quartile: null,
      neighbourAverage: null,
      statedTrend: null,
      statedChange: null,
      documentId,
      reportParagraphId: null,
      statedPeriodLabel: period.label,
      statedName: null,
      ...extra,
    });
    touched.add(indicatorId);
    statements += 1;
  };

  const unread = new UnreadFigures();
  const rowIndicator = reading.rows.map((row) => {
    const indicatorId = catalogue.resolve(row.name, factsOf(row));
    const context = {
      reportPeriod:
        (row.periodContext && parsePeriod(row.periodContext, { meetingDate })) || reportPeriod,
      meetingDate,
      frequency: row.frequency,
    };
    let latest: { period: Period; value: number | null } | null = null;
    const periodOf = (figure: IndicatorRow['values'][number]): Period | null => {
      const label = figure.periodLabel ?? (figure.column === 'latest' ? row.periodContext : null);
      if (label) return parsePeriod(label, context);
      // Unlabelled "Previous" / "Latest" columns: the report's own period and the one before it.
      const latestPeriod = context.reportPeriod ?? null;
      if (figure.column === 'same-last-year')
        return latestPeriod && samePeriodLastYear(latestPeriod);
      return figure.column === 'latest'
        ? latestPeriod
        : latestPeriod && previousPeriod(latestPeriod);
    };
    for (const figure of row.values) {
      const label = figure.periodLabel ?? (figure.column === 'latest' ? row.periodContext : null);
      const period = periodOf(figure);
      if (!period || indicatorId === null) {
        unread.add(row.source.page, label, row.name);
        continue;
      }
      const isLatest = figure.column === 'latest';
      if (isLatest) latest = { period, value: figure.value };
      record(indicatorId, period, figure, {
        kind: 'table',
        statedName: row.name,
        page: row.source.page,
        lineFrom: row.source.lineFrom,
        lineTo: row.source.lineTo,
        ...(isLatest
          ? {
              target: row.target,
              rag: row.rag,
              quartile: row.quartile,
              neighbourAverage: row.neighbourAverage?.value ?? null,
              statedTrend: row.statedTrend,
              statedChange: row.statedChange,
            }
          : {}),
      });
    }
    return { indicatorId, latest };
  });
  warnings.push(...unread.warnings());

  for (const statement of reading.narrative) {
    const linked = statement.rowIndex === null ? null : rowIndicator[statement.rowIndex];
    const ownPeriod = statement.reportPeriodLabel
      ? reportPeriodFromTitle(statement.reportPeriodLabel, meetingDate)
      : reportPeriod;
    const periods = statement.values.map((figure) =>
      narrativePeriod(figure.periodLabel, ownPeriod, meetingDate),
    );
    if (!periods.some(Boolean)) continue;
    const indicatorId =
      linked?.indicatorId ?? catalogue.resolve(statement.subject, narrativeFacts(statement));
    if (indicatorId === null) continue;
    const paragraphId = paragraphIdAt(db, documentId, statement.source);
    statement.values.forEach((figure, index) => {
      const label = figure.periodLabel ?? '';
      const period = periods[index];
      if (!period) return;
      // The headline figure names another period than the report's own table gives for that very
      // figure: the table is taken as right, and the text's period kept to be questioned.
      const table = linked?.latest ?? null;
      const misLabelled =
        index === 0 &&
        table !== null &&
        table.value !== null &&
        period.key !== table.period.key &&
        table.value === figure.value;
      record(indicatorId, misLabelled ? table.period : period, figure, {
        kind: 'narrative',
        statedName: statement.subject,
        page: statement.source.page,
        lineFrom: statement.source.lineFrom,
        lineTo: statement.source.lineTo,
        reportParagraphId: paragraphId,
        statedPeriodLabel: label,
      });
    });
  }
  return { indicators: touched.size, statements, tables: reading.tables, warnings };
}
