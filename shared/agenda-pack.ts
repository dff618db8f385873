// The plain data the agenda-pack parsers return and the store writes: what a councillor would
// recognise in a pack, each piece carrying the page and lines it came from so its source can be shown.

/** Where something was read from: page numbers as in the input (1-based), lines within the page. */
export interface SourceRange {
  page: number;
  lineFrom: number;
  /** The page of lineTo; differs from page only when the thing runs over a page break. */
  pageTo: number;
  lineTo: number;
}

/** One line of the pack after page furniture and emphasis markers are removed ('' for a gap). */
export interface PackLine {
  page: number;
  line: number;
  text: string;
}

export interface MeetingContact {
  name: string;
  phone: string | null;
  email: string | null;
}

export interface FrontSheet {
  committee: string | null;
  date: string | null;
  time: string | null;
  location: string | null;
  contact: MeetingContact | null;
  /** Names as printed, chair marker removed. */
  membership: string[];
  chair: string | null;
  source: SourceRange;
}

export interface AgendaItem {
  number: string;
  title: string;
  reportBy: string | null;
  pages: { from: number; to: number } | null;
  /** Text printed under the item that is neither title nor report by ("A presentation will be given"). */
  note: string | null;
  source: SourceRange;
}

export type ResolutionKind = 'noting' | 'request' | 'recommendation' | 'commitment' | 'decision';

export interface Resolution {
  label: string | null;
  text: string;
  kind: ResolutionKind;
  source: SourceRange;
}

export type QuestionKind = 'public' | 'member';

export interface QuestionRecord {
  kind: QuestionKind;
  asker: string | null;
  question: string;
  reply: string | null;
  supplementary: string | null;
  supplementaryReply: string | null;
  source: SourceRange;
}

export interface Minute {
  number: string;
  title: string;
  body: string;
  discussionPoints: string[];
  resolutions: Resolution[];
  questions: QuestionRecord[];
  declarations: string[];
  source: SourceRange;
}

export interface Attendee {
  name: string;
  role: string | null;
}

export interface Attendance {
  chair: string | null;
  present: string[];
  inAttendance: Attendee[];
  apologies: string[];
}

export interface MinutesOfMeeting {
  committee: string | null;
  /** The council whose body met, when the minutes name it ("Bolsover District Council"). */
  council: string | null;
  /** The meeting these minutes record. */
  date: string | null;
  location: string | null;
  attendance: Attendance;
  minutes: Minute[];
  startTime: string | null;
  endTime: string | null;
  source: SourceRange;
}

export interface ReportParagraph {
  number: string;
  heading: string | null;
  text: string;
  source: SourceRange;
}

export interface OfficerContact {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

export interface OfficerReport {
  title: string;
  committee: string | null;
  meetingDate: string | null;
  reportOf: string | null;
  agendaNumber: string | null;
  paragraphs: ReportParagraph[];
  officersToContact: OfficerContact[];
  appendices: string[];
  source: SourceRange;
}

/** A table region (performance dashboard or similar) kept as raw lines for a later parser. */
export interface DashboardRegion {
  title: string | null;
  lines: string[];
  source: SourceRange;
}

export interface UnrecognisedRange {
  lines: string[];
  source: SourceRange;
}

export interface ParsedPack {
  meeting: FrontSheet | null;
  /** The meeting the pack is for: from the front sheet, else from report headers. */
  meetingDate: string | null;
  agenda: AgendaItem[];
  minutesOf: MinutesOfMeeting[];
  reports: OfficerReport[];
  dashboards: DashboardRegion[];
  unrecognised: UnrecognisedRange[];
  warnings: string[];
}
