// Turns what the store holds about one meeting into a Briefing: the items a member chose (or every
// item with substance), each with its report's purpose and recommendations as printed, the member's
// own questions and notes, the indicators it is about (exceptions first) and earlier actions.
import type { z } from 'zod';
import type { actionSchema, meetingDetailSchema, workspaceSchema } from '../contract';
import type { IndicatorException, IndicatorSeries, SeriesPoint } from '../indicator-series';
import { citationOf } from './citation';
import { longDate } from '../long-date';
import type {
  Briefing,
  BriefingAction,
  BriefingIndicator,
  BriefingItem,
  BriefingParagraph,
  BriefingSource,
  Citation,
  IndicatorQuestion,
  IndicatorSummaryRow,
  MemberEntry,
} from './types';

type MeetingDetail = z.infer<typeof meetingDetailSchema>;
type Workspace = z.infer<typeof workspaceSchema>;
type Action = z.infer<typeof actionSchema>;
type Report = MeetingDetail['reports'][number];
type AgendaItem = MeetingDetail['agenda'][number];

export interface BriefingInput {
  meeting: MeetingDetail;
  council: string | null;
  memberName: string | null;
  /** Agenda numbers the member chose; null for every item with substance. */
  items: string[] | null;
  workspace: Workspace;
  actions: Action[];
  exceptions: IndicatorException[];
  /** Which agenda item each indicator stated in this meeting's papers belongs to. */
  indicatorItems: { indicatorId: number; agendaItemId: number }[];
  series: IndicatorSeries[];
  /** Every document the briefing may cite, with the meeting it belongs to. */
  documents: BriefingSource[];
  preparedOn: string;
}

/** How many periods a chart and its values table show: two years of quarters. */
const periodsShown = 8;

function formatNumber(value: number, unit: string | null): string {
  const text = Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return unit === '%' ? `${text}%` : text;
}

function pointValue(point: SeriesPoint, unit: string | null): string {
  if (point.valueText) return point.valueText;
  return point.value === null ? 'Not given' : formatNumber(point.value, unit);
}

function targetWords(point: SeriesPoint, unit: string | null): string | null {
  if (!point.target) return null;
  const op = { '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most', '=': '' }[
    point.target.op
  ];
  return `${op} ${formatNumber(point.target.value, unit)}`.trim();
}

const isPurpose = (heading: string | null): boolean => /\bpurpose\b/i.test(heading ?? '');
const isRecommendation = (heading: string | null): boolean =>
  /\brecommendations?\b/i.test(heading ?? '');

function paragraphsUnder(
  report: Report | undefined,
  test: (heading: string | null) => boolean,
  cite: (source: Report['source']) => Citation | null,
): BriefingParagraph[] {
  if (!report) return [];
  return report.paragraphs
    .filter((paragraph) => test(paragraph.heading))
    .map((paragraph) => ({
      number: paragraph.number,
      text: paragraph.text,
      citation: cite(paragraph.source),
    }));
}

/** The report printed for an agenda item: linked at import, or the one with the same title. */
function reportFor(meeting: MeetingDetail, item: AgendaItem): Report | undefined {
  const norm = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return (
    meeting.reports.find((report) => report.id === item.reportId) ??
    meeting.reports.find(
      (report) =>
        (item.number !== null && report.agendaNumber === item.number) ||
        norm(report.title) === norm(item.title),
    )
  );
}

function polarityWords(polarity: IndicatorSeries['indicator']['polarity']): string | null {
  if (polarity === 'high') return 'Higher is better';
  if (polarity === 'low') return 'Lower is better';
  return null;
}

function exceptionQuestion(
  exception: IndicatorException,
  cite: (source: IndicatorException['evidence'][number]['source']) => Citation | null,
): IndicatorQuestion {
  return {
    question: exception.message,
    evidence: exception.evidence.map((evidence) => ({
      label: evidence.label,
      value: evidence.value === null ? 'Not given' : String(evidence.value),
      citation: cite(evidence.source),
    })),
  };
}

function chartDescription(series: IndicatorSeries, points: SeriesPoint[]): string {
  const unit = series.indicator.unit;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `${series.indicator.name}: no figures.`;
  const target = targetWords(last, unit);
  return (
    `${series.indicator.name}, ${first.period} to ${last.period}: ` +
    points.map((point) => `${point.period} ${pointValue(point, unit)}`).join('; ') +
    (target ? `. Latest target ${target}` : '') +
    (last.rag ? `, RAG ${last.rag}` : '') +
    '.'
  );
}

function indicatorOf(
  series: IndicatorSeries,
  exceptions: IndicatorException[],
  cite: (source: SeriesPoint['sources'][number] | null | undefined) => Citation | null,
): BriefingIndicator {
  const unit = series.indicator.unit;
  const points = series.points.slice(-periodsShown);
  return {
    id: series.indicator.id,
    name: series.indicator.name,
    unit,
    polarityWords: polarityWords(series.indicator.polarity),
    chart: {
      title: series.indicator.name,
      description: chartDescription(series, points),
      points: points.map((point) => ({
        period: point.period,
        value: point.value,
        target: point.target?.value ?? null,
        neighbourAverage: point.neighbourAverage,
        rag: point.rag,
      })),
    },
    values: points.map((point) => ({
      period: point.period,
      value: pointValue(point, unit),
      target: targetWords(point, unit),
      rag: point.rag,
      neighbourAverage:
        point.neighbourAverage === null ? null : formatNumber(point.neighbourAverage, unit),
      citation: cite(point.sources.at(-1)),
    })),
    questions: exceptions.map((exception) => exceptionQuestion(exception, cite)),
  };
}

function summaryRow(
  series: IndicatorSeries,
  cite: (source: SeriesPoint['sources'][number] | null | undefined) => Citation | null,
): IndicatorSummaryRow {
  const unit = series.indicator.unit;
  const latest = series.points.at(-1);
  const previous = series.points.at(-2);
  return {
    name: series.indicator.name,
    latest: latest ? `${pointValue(latest, unit)} (${latest.period})` : 'Not given',
    previous: previous ? `${pointValue(previous, unit)} (${previous.period})` : 'Not given',
    target: latest ? targetWords(latest, unit) : null,
    rag: latest?.rag ?? null,
    citation: cite(latest?.sources.at(-1)),
  };
}

function memberEntries(
  workspace: Workspace,
  belongs: (anchor: Workspace['questions'][number]['anchor']) => boolean,
  quoteCitation: (anchor: Workspace['questions'][number]['anchor']) => Citation | null,
): MemberEntry[] {
  const quoteOf = (anchor: Workspace['questions'][number]['anchor']) =>
    anchor.quote ? { text: anchor.quote, citation: quoteCitation(anchor) } : null;
  return [
    ...workspace.questions
      .filter((question) => belongs(question.anchor))
      .map((question) => ({
        kind: 'question' as const,
        text: question.text,
        status: question.status,
        answer: question.answer,
        quote: quoteOf(question.anchor),
      })),
    ...workspace.notes
      .filter((note) => belongs(note.anchor))
      .map((note) => ({
        kind: 'note' as const,
        text: note.body,
        status: null,
        answer: null,
        quote: quoteOf(note.anchor),
      })),
  ];
}

function actionOf(action: Action, cite: (source: Action['source']) => Citation | null) {
  return {
    meetingDate: action.meetingDate,
    minute: action.minuteNumber,
    label: action.label,
    text: action.text,
    kind: action.kind,
    owner: action.owner,
    due: action.due,
    status: action.status,
    overdue: action.overdue,
    citation: cite(action.source),
    followUps: action.followUps
      .filter((followUp) => followUp.state !== 'rejected')
      .map((followUp) => ({
        meetingDate: followUp.meetingDate,
        item: `${followUp.agendaNumber ? `Item ${followUp.agendaNumber}: ` : ''}${followUp.title}`,
        state: followUp.state,
      })),
  } satisfies BriefingAction;
}

export function buildBriefing(input: BriefingInput): Briefing {
  const { meeting } = input;
  const files = new Map(input.documents.map((document) => [document.documentId, document]));
  const cited = new Set<number>();
  const cite = (
    source:
      | { documentId: number; page: number; lineFrom?: number | null; lineTo?: number | null }
      | null
      | undefined,
  ): Citation | null => {
    const citation = citationOf(source, files);
    if (citation) cited.add(citation.documentId);
    return citation;
  };
  const paragraphs = new Map(
    meeting.reports.flatMap((report) => report.paragraphs.map((p) => [p.id, p] as const)),
  );
  const quoteCitation = (anchor: Workspace['questions'][number]['anchor']): Citation | null => {
    const paragraph = anchor.paragraphId === null ? undefined : paragraphs.get(anchor.paragraphId);
    if (paragraph) return cite(paragraph.source);
    const item = meeting.agenda.find((each) => each.id === anchor.agendaItemId);
    return cite(item?.source);
  };
  const seriesById = new Map(input.series.map((series) => [series.indicator.id, series]));
  const itemOfIndicator = new Map(
    input.indicatorItems.map((link) => [link.indicatorId, link.agendaItemId]),
  );
  const itemOfAnchor = (anchor: Workspace['questions'][number]['anchor']): number | null =>
    anchor.agendaItemId ??
    (anchor.indicatorId === null ? null : (itemOfIndicator.get(anchor.indicatorId) ?? null));
  const chosen = input.items ? new Set(input.items.map((number) => number.trim())) : null;

  const built: BriefingItem[] = meeting.agenda.map((item) => {
    const report = reportFor(meeting, item);
    const indicatorIds = input.indicatorItems
      .filter((link) => link.agendaItemId === item.id)
      .map((link) => link.indicatorId);
    const withExceptions = indicatorIds
      .map((id) => ({
        id,
        exceptions: input.exceptions.filter((exception) => exception.indicator?.id === id),
      }))
      .filter((entry) => seriesById.has(entry.id));
    withExceptions.sort((a, b) => b.exceptions.length - a.exceptions.length || a.id - b.id);
    const isPerformance = /\bperformance\b/i.test(item.title);
    const reportQuestions = isPerformance
      ? input.exceptions
          .filter((exception) => exception.indicator === null)
          .map((exception) => exceptionQuestion(exception, cite))
      : [];
    return {
      agendaItemId: item.id,
      number: item.number,
      title: item.title,
      reportBy: item.reportBy ?? report?.reportOf ?? null,
      citation: cite(report?.source ?? item.source),
      purpose: paragraphsUnder(report, isPurpose, cite),
      recommendations: paragraphsUnder(report, isRecommendation, cite),
      memberWork: memberEntries(
        input.workspace,
        (anchor) => itemOfAnchor(anchor) === item.id,
        quoteCitation,
      ),
      reportQuestions,
      indicators: withExceptions
        .filter((entry) => entry.exceptions.length > 0)
        .map((entry) => indicatorOf(seriesById.get(entry.id)!, entry.exceptions, cite)),
      otherIndicators: withExceptions
        .filter((entry) => entry.exceptions.length === 0)
        .map((entry) => summaryRow(seriesById.get(entry.id)!, cite)),
    };
  });
  const hasSubstance = (item: BriefingItem): boolean =>
    item.reportBy !== null ||
    item.purpose.length > 0 ||
    item.memberWork.length > 0 ||
    item.indicators.length > 0 ||
    item.otherIndicators.length > 0;
  const included = built.filter((item) =>
    chosen ? item.number !== null && chosen.has(item.number) : hasSubstance(item),
  );
  const label = (item: BriefingItem) => `${item.number ? `${item.number}. ` : ''}${item.title}`;
  const actions = input.actions.map((action) => actionOf(action, cite));
  const meetingWork = memberEntries(
    input.workspace,
    (anchor) => itemOfAnchor(anchor) === null,
    quoteCitation,
  );
  if (meeting.source) cite(meeting.source);
  for (const source of meeting.sources) cited.add(source.documentId);
  return {
    title: `Briefing: ${meeting.committee}, ${longDate(meeting.date)}`,
    cover: {
      council: input.council,
      committee: meeting.committee,
      date: meeting.date,
      dateText: longDate(meeting.date),
      time: meeting.time,
      venue: meeting.location,
      member: input.memberName,
      preparedOn: longDate(input.preparedOn),
      otherBusiness: built.filter((item) => !included.includes(item)).map(label),
    },
    meetingWork,
    items: included,
    actions,
    sources: input.documents
      .filter((document) => cited.has(document.documentId))
      .sort(
        (a, b) =>
          (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || a.documentId - b.documentId,
      ),
  };
}
