// The Briefing model: everything a briefing note says, already chosen and ordered, with a source
// on every figure, quote and resolution. The four writers (Word, PDF, HTML, Markdown) only lay it out.
import type { ChartPoint } from './chart-svg';

export const briefingFormats = ['docx', 'pdf', 'html', 'md'] as const;
export type BriefingFormat = (typeof briefingFormats)[number];

/** Where something was printed: a document, a page and, where known, its lines. */
export interface Citation {
  documentId: number;
  file: string;
  page: number;
  lineFrom: number | null;
  lineTo: number | null;
}

export interface CitedText {
  text: string;
  citation: Citation | null;
}

export interface BriefingParagraph extends CitedText {
  /** The paragraph number as printed, e.g. '3' or '2.1'. */
  number: string | null;
}

export interface MemberEntry {
  kind: 'question' | 'note';
  text: string;
  /** The question's status in the member's workspace; null for notes. */
  status: string | null;
  answer: string | null;
  /** The passage the member quoted, with where it was printed. */
  quote: CitedText | null;
}

export interface IndicatorValueRow {
  period: string;
  value: string;
  target: string | null;
  rag: string | null;
  neighbourAverage: string | null;
  citation: Citation | null;
}

export interface IndicatorQuestion {
  /** The exception as a question a member could ask. */
  question: string;
  evidence: { label: string; value: string; citation: Citation | null }[];
}

export interface BriefingIndicator {
  id: number;
  name: string;
  unit: string | null;
  /** 'Higher is better', 'Lower is better' or null when the papers do not say. */
  polarityWords: string | null;
  chart: {
    title: string;
    /** The chart's text alternative: what it shows, in words. */
    description: string;
    points: ChartPoint[];
  };
  values: IndicatorValueRow[];
  questions: IndicatorQuestion[];
}

/** One line of the summary table for indicators without exceptions. */
export interface IndicatorSummaryRow {
  name: string;
  latest: string;
  previous: string;
  target: string | null;
  rag: string | null;
  citation: Citation | null;
}

export interface BriefingItem {
  agendaItemId: number;
  number: string | null;
  title: string;
  reportBy: string | null;
  citation: Citation | null;
  purpose: BriefingParagraph[];
  recommendations: BriefingParagraph[];
  memberWork: MemberEntry[];
  /** Questions about the report as a whole (a title and text naming different periods). */
  reportQuestions: IndicatorQuestion[];
  /** Indicators with exceptions first, each with a chart, a values table and its questions. */
  indicators: BriefingIndicator[];
  otherIndicators: IndicatorSummaryRow[];
}

export interface BriefingAction {
  meetingDate: string;
  minute: string;
  label: string | null;
  text: string;
  kind: string;
  owner: string | null;
  due: string | null;
  status: string;
  overdue: boolean;
  citation: Citation | null;
  followUps: { meetingDate: string; item: string; state: string }[];
}

export interface BriefingSource {
  documentId: number;
  file: string;
  sha256: string;
  /** The meeting whose papers the file holds, when known. */
  meetingDate: string | null;
  importedAt: string;
  pages: number;
}

export interface Briefing {
  title: string;
  cover: {
    council: string | null;
    committee: string;
    date: string;
    dateText: string;
    time: string | null;
    venue: string | null;
    member: string | null;
    preparedOn: string;
    /** Agenda items not covered in the note (procedural business, or not chosen). */
    otherBusiness: string[];
  };
  /** Work the member attached to the meeting as a whole rather than to one item. */
  meetingWork: MemberEntry[];
  items: BriefingItem[];
  actions: BriefingAction[];
  sources: BriefingSource[];
}
