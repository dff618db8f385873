// Writes small PDFs for extraction tests with pdfkit, a real PDF writer: text placed at exact
// positions and fonts, so a test can print a page the way a council's software does.
import { writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

export interface PlacedText {
  text: string;
  x: number;
  /** Top of the text, from the top of the page. */
  y: number;
  font?: 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique';
  size?: number;
}

/** Writes a PDF of A4 pages, each drawing its texts in the order given (not reading order). */
export function writePdf(file: string, pages: PlacedText[][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve();
    });
    for (const texts of pages) {
      doc.addPage({ size: 'A4', margin: 0 });
      for (const placed of texts) {
        doc
          .font(placed.font ?? 'Helvetica')
          .fontSize(placed.size ?? 11)
          .text(placed.text, placed.x, placed.y, { lineBreak: false });
      }
    }
    doc.end();
  });
}
