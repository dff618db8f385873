// A meeting as meetings.get returns it, written by us after the sample pack's shape: a front
// sheet, an agenda with two reports, minutes with lettered resolutions, a commitment in passing
// and a public question, and one source document whose page 4 holds the resolutions.
import type { Result } from '../../shared/contract';

type MeetingDetail = Result<'meetings.get'>;
type DocumentPage = Result<'documents.page'>;

const at = (page: number, lineFrom: number | null = null, lineTo: number | null = lineFrom) => ({
  documentId: 3,
  page,
  lineFrom,
  lineTo,
});

export function aMeetingDetail(): MeetingDetail {
  return {
    id: 7,
    committee: 'Children and Young People Scrutiny Committee',
    date: '2027-01-12',
    time: '10.00 am',
    location: 'Council Chamber, Shire Hall, Borchester',
    status: 'held',
    contact: {
      name: 'Priya Natarajan',
      phone: '01632 960123',
      email: 'priya.natarajan@borsetshire.example',
    },
    membership: ['Cllr J. Archer (Chair)', 'Cllr E. Grundy', 'Cllr L. Snell'],
    source: at(1, 1, 9),
    agenda: [
      {
        id: 31,
        number: '1',
        title: 'Minutes of the meeting held on 3 November 2026',
        reportBy: null,
        pages: { from: 2, to: 3 },
        reportId: null,
        source: at(1, 20),
      },
      {
        id: 34,
        number: '4',
        title: 'Quarter 2 2026/27 Performance Report',
        reportBy: "Director of Children's Services",
        pages: { from: 4, to: 5 },
        reportId: 51,
        source: at(1, 23),
      },
    ],
    attendance: {
      chair: 'Cllr J. Archer',
      present: ['Cllr J. Archer', 'Cllr E. Grundy', 'Cllr L. Snell'],
      inAttendance: [{ name: 'Cllr R. Tucker', role: 'Cabinet Member for Children and Families' }],
      apologies: ['Cllr S. Horrobin'],
    },
    minutes: [
      {
        id: 61,
        number: '24',
        title: 'Quarter 1 2026/27 Performance Report',
        body: "The Committee considered a report of the Director of Children's Services.",
        discussionPoints: ["Re-referrals to children's social care had risen for a third quarter."],
        resolutions: [
          {
            id: 81,
            label: 'a',
            text: 'That the report be noted.',
            kind: 'noting',
            status: 'done',
            source: at(4, 3),
          },
          {
            id: 82,
            label: '(b)',
            text: 'That the Director be requested to bring a report on re-referrals to the next meeting.',
            kind: 'request',
            status: 'open',
            source: at(4, 4, 5),
          },
          {
            id: 83,
            label: null,
            text: 'The Director undertook to circulate the route review timetable to members.',
            kind: 'commitment',
            status: 'open',
            source: at(4, 7),
          },
        ],
        questions: [
          {
            kind: 'public',
            asker: 'Ms A. Carter',
            question: 'How many children waited more than 12 weeks for a transport decision?',
            reply: 'Forty-one applications took longer than 12 weeks.',
            supplementary: null,
            supplementaryReply: null,
            source: at(3, 10, 14),
          },
        ],
        source: at(4, 1),
      },
    ],
    reports: [
      {
        id: 51,
        title: 'Quarter 2 2026/27 Performance Report',
        agendaNumber: '4',
        reportOf: "Director of Children's Services",
        paragraphs: [
          {
            id: 91,
            number: '1.1',
            heading: 'Purpose',
            text: 'This report sets out performance in the second quarter of 2026/27.',
            source: at(5, 6),
          },
          {
            id: 92,
            number: '2.1',
            heading: 'Background',
            text: 'Re-referrals were 27.3% (39) in quarter 2.',
            source: at(5, 9),
          },
        ],
        source: at(5, 1),
      },
    ],
    sources: [
      {
        documentId: 3,
        file: 'cyp-2027-01-12.pdf',
        sha256: 'ab'.repeat(32),
        format: 'pdf',
        pages: 6,
        importedAt: '2027-01-05T09:30:00.000Z',
      },
    ],
  };
}

/** Page text for the fixture's document: page 4 holds the RESOLVED block on lines 2 to 5. */
export function aDocumentPage(page: number): DocumentPage {
  const text =
    page === 4
      ? [
          '24. Quarter 1 2026/27 Performance Report.',
          'RESOLVED:',
          '(a) That the report be noted;',
          '(b) That the Director be requested to bring a report',
          'on re-referrals to the next meeting.',
          '',
          'The Director undertook to circulate the route review timetable.',
        ].join('\n')
      : `Text of page ${page}.`;
  return { documentId: 3, fileName: 'cyp-2027-01-12.pdf', page, pageCount: 6, text };
}
