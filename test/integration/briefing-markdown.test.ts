// The Markdown briefing read back as text: headings, pipe tables with a header row, quoted
// passages with their sources, and each chart as a PNG written beside the file.
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
const describeIfSeeds = describeWithSeeds('the Markdown briefing tests');

let store: BriefingStore;
let file: string;
let markdown: string;

describeIfSeeds('the Markdown briefing for the 7 June 2022 meeting', () => {
  beforeAll(async () => {
    store = await seedBriefingStore();
    file = await writeBriefing(store, 'md');
    markdown = fs.readFileSync(file, 'utf8');
  });
  afterAll(() => store?.remove());

  it('heads the note and each item with Markdown headings', () => {
    expect(
      markdown.startsWith(
        '# Briefing: Children and Families Overview and Scrutiny Committee, 7 June 2022\n',
      ),
    ).toBe(true);
    expect(markdown).toMatch(/^## Item 10: Quarter 4 2021\/22 Performance Report$/m);
    expect(markdown).toMatch(/^## Actions from earlier meetings$/m);
    expect(markdown).toMatch(/^## Sources$/m);
  });

  it('writes tables with a header row', () => {
    expect(markdown).toMatch(
      /^\| Period \| Value \| Target \| RAG \| Neighbour average \| Source \|\n\|( --- \|){6}$/m,
    );
    expect(markdown).toMatch(
      /^\| 000_22fa5a7de2646d60\.txt \| 7 June 2022 \| .* \| 29930cc6[0-9a-f]{56} \|$/m,
    );
  });

  it('links each chart to a PNG beside the file, with its text alternative', () => {
    const images = [...markdown.matchAll(/!\[(Chart: [^\]]+)\]\(([^)]+)\)/g)];
    expect(images.length).toBeGreaterThan(0);
    for (const [, alt, name] of images) {
      expect(alt!.length).toBeGreaterThan(20);
      const png = fs.readFileSync(path.join(path.dirname(file), decodeURI(name!)));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('quotes the member’s question and its passage, and the earlier action, with pages', () => {
    expect(markdown).toContain(memberQuestion);
    expect(markdown).toMatch(
      /^> .+\n>\n> \*Source: 000_22fa5a7de2646d60\.txt, p\. 1, line \d+\*$/m,
    );
    expect(markdown).toMatch(/forwarded to the Scrutiny Commission/);
  });
});
