// A text agenda pack of several megabytes for upload tests: our sample pack followed by pages of
// appendix tables, as a long performance pack has.
import fs from 'node:fs';
import { samplePackPath } from '../../electron/services/app-session';

export function largePackText(megabytes: number): string {
  const pack = fs.readFileSync(samplePackPath, 'utf8');
  const pages: string[] = [];
  let size = pack.length;
  for (let page = 1; size < megabytes * 1024 * 1024; page += 1) {
    const rows = Array.from(
      { length: 60 },
      (_, row) =>
        `Appendix table ${page}.${row + 1}\tWard ${row % 24}\t${(row * 7) % 100}\t${page}`,
    );
    const text = `APPENDIX PAGE ${page}\n${rows.join('\n')}`;
    pages.push(text);
    size += text.length + 1;
  }
  return `${pack}\f${pages.join('\f')}`;
}
