// Opens a .docx (within the zip limits) and reads its document, numbering and styles parts into
// pages of blocks (word-blocks.ts); refuses a zip that is not a Word document.
import { LimitedZip } from './limited-zip';
import { ExtractionError, extractionError } from '../extraction-error';
import type { DocumentPage } from '../../../../../shared/document-blocks';
import { BlockWriter } from './word-blocks';
import { childElements, parseXml } from './word-xml';
import { readNumbering } from './word-numbering';
import { readStyles } from './word-styles';

/** Reads a .docx; refuses a zip that is not a Word document. */
export async function docxPages(bytes: Uint8Array, fileName: string): Promise<DocumentPage[]> {
  let zip: LimitedZip;
  try {
    zip = new LimitedZip(bytes, fileName);
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw extractionError('not-docx', fileName);
  }
  const documentPart = zip.file('word/document.xml');
  if (!documentPart) throw extractionError('not-docx', fileName);
  const part = async (name: string) => {
    const file = zip.file(name);
    return file ? parseXml(await file.async('string')) : undefined;
  };
  try {
    const documentRoot = parseXml(await documentPart.async('string'));
    const writer = new BlockWriter(
      readNumbering(await part('word/numbering.xml')),
      readStyles(await part('word/styles.xml')),
    );
    writer.body(childElements(documentRoot, 'w:body')[0] ?? documentRoot);
    return writer.documentPages();
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw extractionError('unreadable', fileName, {
      reason: `the Word document is damaged: ${detail}`,
    });
  }
}
