// Text packs arrive in whatever encoding the member's editor chose: UTF-16 from Windows Notepad's
// "Unicode" and UTF-8 with a byte-order mark must read as written, and NUL bytes anywhere in a
// text file (never in real text) must be refused with a reason that names the file.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { makeTempDir } from '../support/temp-store';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.remove());

const text = 'Scrutiny Committee\r\nBudget £4.2m – agreed\r\n\fPage two “quoted”\r\n';
const pages = ['Scrutiny Committee\nBudget £4.2m – agreed', 'Page two “quoted”'];

function file(name: string, bytes: Buffer): string {
  const target = path.join(temp.dir, name);
  writeFileSync(target, bytes);
  return target;
}

function utf16be(value: string): Buffer {
  return Buffer.from(value, 'utf16le').swap16();
}

describe('reading a text pack in the encoding it was saved in', () => {
  it('reads UTF-16 little-endian with a byte-order mark, as Notepad saves "Unicode"', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const document = await extractDocument(file('notepad.txt', bytes));
    expect(document.pages).toEqual(pages);
  });

  it('reads UTF-16 big-endian with a byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
    expect((await extractDocument(file('big-endian.txt', bytes))).pages).toEqual(pages);
  });

  it('reads UTF-16 little-endian without a byte-order mark, by its NUL pattern', async () => {
    const document = await extractDocument(file('no-bom.md', Buffer.from(text, 'utf16le')));
    expect(document.format).toBe('markdown');
    expect(document.pages).toEqual(pages);
  });

  it('reads UTF-8 with a byte-order mark and leaves the mark out of the text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect((await extractDocument(file('bom.txt', bytes))).pages).toEqual(pages);
  });
});

describe('refusing a text file that holds NUL bytes', () => {
  it('refuses NUL bytes after the first kilobyte, naming the file and the line', async () => {
    const lines = Array.from({ length: 200 }, (_, index) => `Line ${index + 1} of the minutes`);
    const bytes = Buffer.from(`${lines.join('\n')}\nDamaged\0\0\0 here\n`, 'utf8');
    await expect(extractDocument(file('damaged.txt', bytes))).rejects.toMatchObject({
      code: 'not-text',
      message: expect.stringMatching(/^damaged\.txt is not plain text \(.*NUL bytes on line 201/),
    });
  });

  it('refuses a binary file renamed .txt as not text rather than as an unknown format', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await expect(extractDocument(file('picture.txt', bytes))).rejects.toMatchObject({
      code: 'not-text',
      message: expect.stringMatching(/^picture\.txt is not plain text .*NUL bytes/),
    });
  });
});
