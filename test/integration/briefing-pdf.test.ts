// The PDF briefing read back with poppler: pdfinfo says it is tagged PDF 1.7, pdftotext finds the
// same content as the Word file with page citations and page numbers, the structure tree holds
// figures with alt text, and pdftoppm draws its first page (kept with the e2e screenshots).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  describeWithSeeds,
  memberQuestion,
  seedBriefingStore,
  writeBriefing,
  type BriefingStore,
} from '../support/briefing-store';

jest.setTimeout(120_000);
const describeIfSeeds = describeWithSeeds('the PDF briefing tests');

let store: BriefingStore;
let file: string;
let text: string;

describeIfSeeds('the PDF briefing for the 7 June 2022 meeting', () => {
  beforeAll(async () => {
    store = await seedBriefingStore();
    file = await writeBriefing(store, 'pdf');
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  });
  afterAll(() => store?.remove());

  it('is a tagged PDF 1.7 titled after the meeting', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(
      /^Title:\s+Briefing: Children and Families Overview and Scrutiny Committee, 7 June 2022$/m,
    );
    const raw = fs.readFileSync(file, 'latin1');
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/S \/H2/);
    expect(raw).toMatch(/\/S \/Table/);
    expect(raw).toMatch(/\/S \/TH/);
    expect(raw).toMatch(/\/S \/Figure[^>]*\/Alt \(Chart: /s);
  });

  it('reads as the briefing: items, purpose as printed, the chart’s figures, questions and actions with pages', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Item 10: Quarter 4 2021/22 Performance Report');
    expect(flat).toContain('The purpose of this report is to present the Committee');
    expect(flat).toContain('Child protection cases which were reviewed within timescales');
    expect(flat).toContain(memberQuestion);
    expect(flat).toMatch(/forwarded to the Scrutiny Commission/);
    expect(flat).toMatch(/000_22fa5a7de2646d60\.txt, p\. 1, line \d+/);
    expect(flat).toMatch(/What is being done to bring it within target\?/);
    expect(flat).toMatch(/Page 1 of \d+/);
  });

  it('draws a first page a person can read (kept with the e2e screenshots)', () => {
    const outDir = path.resolve(__dirname, '../../test-output/screenshots');
    fs.mkdirSync(outDir, { recursive: true });
    const prefix = path.join(outDir, 'briefing-pdf-cli-page');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', file, prefix]);
    const first = fs
      .readdirSync(outDir)
      .find((name) => /^briefing-pdf-cli-page-0?1\.png$/.test(name));
    expect(first).toBeDefined();
    const png = fs.readFileSync(path.join(outDir, first!));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);
  });
});
