// Lays a Briefing out as blocks in the order a scrutiny officer would write it: cover, the
// member's meeting-wide work, each chosen agenda item, earlier actions, and the sources appendix.
import { longDate } from '../long-date';
import { citationText, sourceNote } from './citation';
import type { Block, BriefingLayout, Run } from './blocks';
import type {
  Briefing,
  BriefingAction,
  BriefingIndicator,
  BriefingItem,
  Citation,
  IndicatorQuestion,
  MemberEntry,
} from './types';

const source = (citation: Citation | null): Run[] =>
  citation ? [{ text: ` ${sourceNote(citation)}`, italic: true }] : [];

const sourceCell = (citation: Citation | null): string =>
  citation ? citationText(citation) : 'Not known';

function memberBlocks(entries: MemberEntry[]): Block[] {
  return entries.flatMap((entry): Block[] => {
    const label =
      entry.kind === 'question'
        ? `Question${entry.status ? ` (${entry.status})` : ''}: `
        : 'Note: ';
    const blocks: Block[] = [
      { type: 'paragraph', runs: [{ text: label, bold: true }, { text: entry.text }] },
    ];
    if (entry.quote)
      blocks.push({
        type: 'quote',
        number: null,
        text: entry.quote.text,
        source: entry.quote.citation ? citationText(entry.quote.citation) : null,
      });
    if (entry.answer)
      blocks.push({
        type: 'paragraph',
        runs: [{ text: 'Answer recorded: ', bold: true }, { text: entry.answer }],
      });
    return blocks;
  });
}

function questionList(questions: IndicatorQuestion[]): Block {
  return {
    type: 'list',
    items: questions.map((question) => [
      { text: question.question, bold: true },
      ...(question.evidence.length > 0
        ? [
            {
              text: ` Evidence: ${question.evidence
                .map(
                  (evidence) =>
                    `${evidence.label}: ${evidence.value}` +
                    (evidence.citation ? ` (${citationText(evidence.citation)})` : ''),
                )
                .join('; ')}.`,
            },
          ]
        : []),
    ]),
  };
}

function indicatorBlocks(indicator: BriefingIndicator): Block[] {
  const about = [
    indicator.polarityWords,
    indicator.unit === '%' ? 'Figures in per cent' : null,
  ].filter((word): word is string => word !== null);
  return [
    { type: 'heading', level: 4, text: indicator.name },
    ...(about.length > 0
      ? [{ type: 'paragraph' as const, runs: [{ text: `${about.join('. ')}.` }] }]
      : []),
    {
      type: 'chart',
      id: indicator.id,
      title: indicator.chart.title,
      description: indicator.chart.description,
      unit: indicator.unit,
      points: indicator.chart.points,
      alt: `Chart: ${indicator.chart.description}`,
    },
    {
      type: 'table',
      caption: `${indicator.name}: figures by period`,
      header: ['Period', 'Value', 'Target', 'RAG', 'Neighbour average', 'Source'],
      rows: indicator.values.map((row) => [
        row.period,
        row.value,
        row.target ?? '',
        row.rag ?? '',
        row.neighbourAverage ?? '',
        sourceCell(row.citation),
      ]),
      widths: [0.13, 0.14, 0.14, 0.09, 0.14, 0.36],
    },
    { type: 'paragraph', runs: [{ text: 'Questions the figures raise', bold: true }] },
    questionList(indicator.questions),
  ];
}

function itemBlocks(item: BriefingItem, index: number): Block[] {
  const blocks: Block[] = index === 0 ? [] : [{ type: 'page-break' }];
  blocks.push({
    type: 'heading',
    level: 2,
    text: `${item.number ? `Item ${item.number}: ` : ''}${item.title}`,
  });
  blocks.push({
    type: 'paragraph',
    runs: [
      { text: 'Report by: ', bold: true },
      { text: item.reportBy ?? 'not named in the papers' },
      ...source(item.citation),
    ],
  });
  blocks.push({ type: 'heading', level: 3, text: 'Purpose of the report' });
  if (item.purpose.length === 0)
    blocks.push({
      type: 'paragraph',
      runs: [{ text: 'The papers as imported print no purpose for this item.' }],
    });
  for (const paragraph of item.purpose)
    blocks.push({
      type: 'quote',
      number: paragraph.number,
      text: paragraph.text,
      source: paragraph.citation ? citationText(paragraph.citation) : null,
    });
  blocks.push({ type: 'heading', level: 3, text: 'Recommendations' });
  if (item.recommendations.length === 0)
    blocks.push({
      type: 'paragraph',
      runs: [{ text: 'The papers as imported print no recommendations for this item.' }],
    });
  for (const paragraph of item.recommendations)
    blocks.push({
      type: 'quote',
      number: paragraph.number,
      text: paragraph.text,
      source: paragraph.citation ? citationText(paragraph.citation) : null,
    });
  if (item.memberWork.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'My questions and notes' });
    blocks.push(...memberBlocks(item.memberWork));
  }
  if (item.reportQuestions.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'Questions about the report' });
    blocks.push(questionList(item.reportQuestions));
  }
  if (item.indicators.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'Indicators with exceptions' });
    for (const indicator of item.indicators) blocks.push(...indicatorBlocks(indicator));
  }
  if (item.otherIndicators.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'Other indicators in this report' });
    blocks.push({
      type: 'table',
      caption: 'Indicators without exceptions: latest and previous figures',
      header: ['Indicator', 'Latest', 'Previous', 'Target', 'RAG', 'Source'],
      rows: item.otherIndicators.map((row) => [
        row.name,
        row.latest,
        row.previous,
        row.target ?? '',
        row.rag ?? '',
        sourceCell(row.citation),
      ]),
      widths: [0.3, 0.16, 0.16, 0.1, 0.07, 0.21],
    });
  }
  return blocks;
}

function actionBlocks(actions: BriefingAction[]): Block[] {
  const blocks: Block[] = [
    { type: 'page-break' },
    { type: 'heading', level: 2, text: 'Actions from earlier meetings' },
  ];
  if (actions.length === 0) {
    blocks.push({
      type: 'paragraph',
      runs: [{ text: 'No actions from earlier meetings fall due at or before this meeting.' }],
    });
    return blocks;
  }
  blocks.push({
    type: 'paragraph',
    runs: [
      {
        text: 'What the committee resolved or was promised at earlier meetings, due at or before this one, with any later item that answers it.',
      },
    ],
  });
  for (const action of actions) {
    const title = `${longDate(action.meetingDate)}, minute ${action.minute}${action.label ? `(${action.label})` : ''}`;
    blocks.push({ type: 'heading', level: 3, text: title });
    blocks.push({
      type: 'quote',
      number: action.label ? `(${action.label})` : null,
      text: action.text,
      source: action.citation ? citationText(action.citation) : null,
    });
    const facts = [
      `Kind: ${action.kind}`,
      `Owner: ${action.owner ?? 'not named'}`,
      `Due: ${action.due ? longDate(action.due) : 'no date given'}`,
      `Status: ${action.status}${action.overdue ? ' (overdue)' : ''}`,
    ];
    blocks.push({ type: 'paragraph', runs: [{ text: facts.join('. ') + '.' }] });
    blocks.push({
      type: 'paragraph',
      runs: [
        { text: 'Follow-ups: ', bold: true },
        {
          text:
            action.followUps.length === 0
              ? 'none found in later papers.'
              : action.followUps
                  .map((f) => `${longDate(f.meetingDate)}, ${f.item} (${f.state})`)
                  .join('; ') + '.',
        },
      ],
    });
  }
  return blocks;
}

export function layoutBriefing(briefing: Briefing): BriefingLayout {
  const { cover } = briefing;
  const coverLine = (label: string, value: string | null): Block[] =>
    value
      ? [
          {
            type: 'paragraph',
            role: 'cover',
            runs: [{ text: `${label}: `, bold: true }, { text: value }],
          },
        ]
      : [];
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: briefing.title },
    ...coverLine('Council', cover.council),
    ...coverLine('Committee', cover.committee),
    ...coverLine('Date', cover.dateText),
    ...coverLine('Time', cover.time),
    ...coverLine('Venue', cover.venue),
    ...coverLine('Prepared for', cover.member),
    ...coverLine('Prepared on', cover.preparedOn),
    {
      type: 'paragraph',
      runs: [
        {
          text: 'Every passage, figure and resolution below names the document and page it was printed on; the appendix lists those documents with their checksums.',
          italic: true,
        },
      ],
    },
    { type: 'heading', level: 2, text: 'In this briefing' },
    {
      type: 'list',
      items: [
        ...briefing.items.map((item) => [
          { text: `${item.number ? `Item ${item.number}: ` : ''}${item.title}` },
        ]),
        [{ text: 'Actions from earlier meetings' }],
        [{ text: 'Sources' }],
      ],
    },
  ];
  if (cover.otherBusiness.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'Other business on the agenda' });
    blocks.push({ type: 'list', items: cover.otherBusiness.map((text) => [{ text }]) });
  }
  if (briefing.meetingWork.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: 'My questions and notes for the meeting' });
    blocks.push(...memberBlocks(briefing.meetingWork));
  }
  blocks.push({ type: 'page-break' });
  briefing.items.forEach((item, index) => blocks.push(...itemBlocks(item, index)));
  blocks.push(...actionBlocks(briefing.actions));
  blocks.push({ type: 'heading', level: 2, text: 'Sources' });
  blocks.push({
    type: 'table',
    caption: 'Documents cited in this briefing',
    header: ['File', 'Meeting', 'Imported', 'Pages', 'SHA-256'],
    rows: briefing.sources.map((document) => [
      document.file,
      document.meetingDate ? longDate(document.meetingDate) : 'Not known',
      document.importedAt.slice(0, 10),
      String(document.pages),
      document.sha256,
    ]),
    widths: [0.22, 0.15, 0.12, 0.07, 0.44],
  });
  return { title: briefing.title, blocks };
}
