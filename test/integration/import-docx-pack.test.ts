// A pack written in Word with automatic paragraph numbering: the numbers exist only as Word's list
// numbering, never as typed text, and must reach the store as the paragraph numbers members cite.
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { openStore, type OpenedStore } from '../../db/store';
import { importFiles } from '../../electron/services/import/import-files';
import { makeTempDir } from '../support/temp-store';

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;

/** Mirrors an officer report saved from Word: a typed header, then auto-numbered 1., 2., 2.1 … */
async function writeWordPack(file: string): Promise<void> {
  const plain = (words: string) => new Paragraph({ children: [new TextRun(words)] });
  const numbered = (words: string, level: number) =>
    new Paragraph({ children: [new TextRun(words)], numbering: { reference: 'report', level } });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'report',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            {
              level: 1,
              format: LevelFormat.DECIMAL,
              text: '%1.%2',
              alignment: AlignmentType.START,
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          plain('HOUSING SCRUTINY PANEL'),
          plain('4 FEBRUARY 2031'),
          plain('EMPTY HOMES BROUGHT BACK INTO USE'),
          plain('REPORT OF THE HEAD OF HOUSING'),
          plain('Purpose of the Report'),
          numbered('To update the Panel on empty homes brought back into use this year.', 0),
          plain('Background'),
          numbered('The Council set a target of 120 homes for the year.', 0),
          numbered('By the end of December 96 homes had been brought back into use.', 1),
          numbered('A further 18 are expected by March.', 1),
          plain('Recommendation'),
          numbered('The Panel is asked to note the report.', 0),
        ],
      },
    ],
  });
  fs.writeFileSync(file, await Packer.toBuffer(document));
}

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

it('keeps Word’s automatic paragraph numbers on a report imported from a .docx pack', async () => {
  const file = path.join(temp.dir, 'housing-report.docx');
  await writeWordPack(file);
  const [result] = await importFiles(store.db, [file], { today: '2031-01-01' });
  expect(result).toMatchObject({ status: 'imported', meetings: ['2031-02-04'] });
  const paragraphs = store.db
    .prepare('SELECT number, heading FROM report_paragraph ORDER BY position')
    .all() as { number: string; heading: string | null }[];
  expect(paragraphs.map((paragraph) => paragraph.number)).toEqual(['1', '2', '2.1', '2.2', '3']);
  expect(paragraphs.map((paragraph) => paragraph.heading)).toEqual([
    'Purpose of the Report',
    'Background',
    'Background',
    'Background',
    'Recommendation',
  ]);
});
