// The shapes every period reader and writer agrees on: a period as councils print it, with a
// stable sortable key and inclusive dates, and the context that settles bare labels like "Q1".
export type PeriodKind =
  | 'quarter'
  | 'month'
  | 'financial-year'
  | 'calendar-year'
  | 'academic-year'
  | 'school-term'
  | 'school-census'
  | 'year-to-date'
  | 'rolling-12-months'
  | 'half-year';

export interface Period {
  kind: PeriodKind;
  /**
   * Stable and sortable: plain string order is time order within a kind. Keys never collide across
   * kinds: "2021-22-Q1", "2021-12", "FY2021-22", "CY2021", "AY2019-20", "2021-T3-Autumn",
   * "2021-05-census", "2021-22-YTD-Q3" (or "2021-22-YTD-Q2+2" for April–November),
   * "R12-2021-12", "2021-22-H1".
   */
  key: string;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, inclusive. */
  end: string;
  /** As printed. */
  label: string;
  /** Sorts periods of all kinds by end date, then by length (shorter first); for charts. */
  order: number;
}

export interface PeriodContext {
  /** The report's own period (e.g. from its title "Quarter 1 2021/22 Performance Report"). */
  reportPeriod?: Period | null;
  /** The meeting date, YYYY-MM-DD, when no report period is known. */
  meetingDate?: string | null;
  /**
   * The frequency a dashboard prints beside the value, e.g. "Quarter", "YTD", "Rolling 12 months",
   * "Academic year". "YTD" turns "Dec 2020" into the financial year to December 2020; "Academic"
   * turns a bare "2019/20" into the academic year.
   */
  frequency?: string | null;
}
