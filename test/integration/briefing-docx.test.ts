// The Word briefing read back from its XML: Word's heading styles for the navigation pane, tables
// with repeating header rows and a width on every cell, charts with alt text, a PAGE field in the
// footer, and the papers' words, the member's question and earlier actions with page citations.
import fs from 'node:fs';
import JSZip from 'jszip';
import {
  describeWithSeeds,
  memberQuestion,
  seedBriefingStore,
  writeBriefing,
  type BriefingStore,
} from '../support/briefing-store';

jest.setTimeout(120_000);
const describeIfSeeds = describeWithSeeds('the Word briefing tests');

let store: BriefingStore;
let documentXml: string;
let footers: string;
let styles: string;

/** The visible text of a run of Word XML, tags removed and entities read. */
const textOf = (xml: string): string =>
  xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describeIfSeeds('the Word briefing for the 7 June 2022 meeting', () => {
  beforeAll(async () => {
    store = await seedBriefingStore();
    const file = await writeBriefing(store, 'docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    documentXml = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
    const footerNames = Object.keys(zip.files).filter((name) =>
      /^word\/footer\d*\.xml$/.test(name),
    );
    footers = (await Promise.all(footerNames.map((name) => zip.file(name)!.async('string')))).join(
      '',
    );
  });
  afterAll(() => store?.remove());

  it('titles each agenda item with Word’s Heading 2 style, so the navigation pane lists them', () => {
    const headings = [
      ...documentXml.matchAll(
        /<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading(\d)"\/>(?:(?!<\/w:p>).)*<\/w:p>/g,
      ),
    ].map((match) => `${match[1]} ${textOf(match[0]).trim()}`);
    expect(headings[0]).toMatch(
      /^1 Briefing: Children and Families Overview and Scrutiny Committee, 7 June 2022/,
    );
    expect(headings).toContain('2 Item 10: Quarter 4 2021/22 Performance Report');
    expect(headings).toContain('2 Actions from earlier meetings');
    expect(headings).toContain('2 Sources');
    expect(headings.some((heading) => heading.startsWith('4 Child protection cases'))).toBe(true);
    for (const level of [1, 2, 3, 4]) {
      expect(styles.match(new RegExp(`w:styleId="Heading${level}"`, 'g'))).toHaveLength(1);
      expect(styles).toMatch(
        new RegExp(
          `w:styleId="Heading${level}">(?:(?!</w:style>).)*<w:outlineLvl w:val="${level - 1}"/>`,
        ),
      );
    }
  });

  it('marks every table’s first row as a header row and gives every cell a width', () => {
    const tables = documentXml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      expect(table).toMatch(/<w:tblGrid>(<w:gridCol w:w="\d+"\/>)+<\/w:tblGrid>/);
      const firstRow = table.match(/<w:tr>.*?<\/w:tr>/)![0];
      expect(firstRow).toContain('<w:tblHeader/>');
      const cells = table.match(/<w:tc>/g)!.length;
      expect(table.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g)!.length).toBe(cells);
    }
  });

  it('puts each chart in as a picture whose alt text says what it shows', () => {
    const pictures = [...documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!);
    expect(pictures.length).toBeGreaterThan(0);
    expect(
      pictures.some((alt) =>
        /^Chart: Child protection cases which were reviewed within timescales, .*Q4 2021\/22 86\.3%/.test(
          alt,
        ),
      ),
    ).toBe(true);
  });

  it('numbers the pages in the footer with a PAGE field', () => {
    expect(footers).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footers).toMatch(/NUMPAGES/);
  });

  it('carries the report’s purpose as printed, the member’s question with its quote, and earlier actions, each with its page', () => {
    const text = textOf(documentXml);
    expect(text).toMatch(/The purpose of this report is to present the Committee/);
    expect(text).toContain(memberQuestion);
    expect(text).toContain(store.quoted);
    expect(text).toMatch(/forwarded to the Scrutiny Commission/);
    expect(text).toMatch(/Source: 000_22fa5a7de2646d60\.txt, p\. 1, line \d+/);
    expect(text).toMatch(/What is being done to bring it within target\?/);
    expect(text).toMatch(/29930cc623e9f43325041f45faca60525866bd7b52a507d2842b0632e583eb67/);
  });
});
