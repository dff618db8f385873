// A council publishes one pack as PDF, Word and text: importing any of them gives the same meetings,
// minutes and decisions. One pack (written for this test) is printed by real writers (pdfkit, docx)
// and as plain text, each imported into its own store through the whole import path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { openStore } from '../../db/store';
import { getMeetingDetail } from '../../db/meeting-detail';
import { listMeetings } from '../../db/meetings';
import { importFiles } from '../../electron/services/import/import-files';
import { writePdf, type PlacedText } from '../support/pdf-writer';

jest.setTimeout(60_000);

type Block = { heading: string } | { lines: string[] };

const pack: Block[] = [
  { heading: 'RIVERSIDE SCRUTINY COMMITTEE' },
  {
    lines: [
      'Minutes of a meeting of the Riverside Scrutiny Committee held at the Guildhall on',
      'Wednesday, 9 April 2031 at 2.00 pm.',
    ],
  },
  {
    lines: [
      'PRESENT: Councillor Nia Owen (Chair), Councillors Pat Quill, Rob Stone and',
      'Sam Tate.',
    ],
  },
  { lines: ['In attendance: Una Vine, Director of Place.'] },
  { heading: '41. Apologies' },
  { lines: ['Apologies were received from Councillor Will Yates.'] },
  { heading: '42. River Walk Lighting' },
  {
    lines: [
      'The Committee considered a report on lighting along the river walk and asked about the',
      'cost of the new columns.',
    ],
  },
  { lines: ['RESOLVED – That:'] },
  { lines: ['(a) the report be noted;'] },
  { lines: ['(b) a costed plan be brought to the next meeting.'] },
  { heading: '43. Moorings Review' },
  {
    lines: [
      'The Committee agreed:',
      '1. to set up a working group; and',
      '2. to invite the boat owners.',
    ],
  },
];

const text = pack
  .map((block) => ('heading' in block ? block.heading : block.lines.join('\n')))
  .join('\n\n');

function pdfPages(): PlacedText[][] {
  const placed: PlacedText[] = [];
  let y = 60;
  for (const block of pack) {
    const lines = 'heading' in block ? [block.heading] : block.lines;
    for (const line of lines) {
      placed.push({
        text: line,
        x: 60,
        y,
        font: 'heading' in block ? 'Helvetica-Bold' : undefined,
        size: 10,
      });
      y += 13;
    }
    y += 11;
  }
  return [placed];
}

async function writeDocx(file: string): Promise<void> {
  const paragraphs = pack.map((block) => {
    const lines = 'heading' in block ? [block.heading] : block.lines;
    return new Paragraph({
      children: lines.map(
        (line, index) =>
          new TextRun({ text: line, bold: 'heading' in block, break: index > 0 ? 1 : 0 }),
      ),
    });
  });
  const document = new Document({ sections: [{ children: paragraphs }] });
  writeFileSync(file, await Packer.toBuffer(document));
}

async function readBack(file: string) {
  const store = await openStore(path.join(path.dirname(file), `${path.basename(file)}.db`));
  try {
    const [result] = await importFiles(store.db, [file], { today: '2031-05-01' });
    expect(result?.error ?? null).toBeNull();
    return listMeetings(store.db, '2031-05-01').map((meeting) => {
      const detail = getMeetingDetail(store.db, meeting.id)!;
      return {
        committee: detail.committee.toLowerCase(),
        date: detail.date,
        present: detail.attendance.present.length,
        minutes: detail.minutes.map((minute) => ({
          number: minute.number,
          title: minute.title,
          resolutions: minute.resolutions.filter((resolution) => resolution.kind !== 'commitment')
            .length,
        })),
      };
    });
  } finally {
    store.db.close();
  }
}

describe('one pack as PDF, Word and text', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrutineer-parity-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same meetings, minutes and decisions in every format', async () => {
    const txt = path.join(dir, 'pack.txt');
    const pdf = path.join(dir, 'pack.pdf');
    const docx = path.join(dir, 'pack.docx');
    writeFileSync(txt, text);
    await writePdf(pdf, pdfPages());
    await writeDocx(docx);
    const fromText = await readBack(txt);
    expect(fromText).toEqual([
      {
        committee: 'riverside scrutiny committee',
        date: '2031-04-09',
        present: 4,
        minutes: [
          { number: '41', title: 'Apologies', resolutions: 0 },
          { number: '42', title: 'River Walk Lighting', resolutions: 2 },
          { number: '43', title: 'Moorings Review', resolutions: 2 },
        ],
      },
    ]);
    expect(await readBack(docx)).toEqual(fromText);
    expect(await readBack(pdf)).toEqual(fromText);
  });
});
