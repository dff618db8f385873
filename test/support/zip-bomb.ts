// Builds hostile .docx files at run time for the import-limit tests and bench, without ever
// holding what they unpack to: a deflate block of 1 MB of text, flushed so it stands alone, is
// repeated to make a document.xml of any size (1 GB from about 1 MB of zip).
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Raw deflate data (method 8), or the bytes themselves when stored (method 0). */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  unpackedSize: number;
}

/** Writes a zip of the given entries; `declaredSize` overrides what it claims each unpacks to. */
export function zipOf(entries: ZipEntry[], declaredSize?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const size = declaredSize ?? entry.unpackedSize;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function deflated(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text, 'utf8');
  return {
    name,
    data: deflateRawSync(bytes),
    method: 8,
    crc: crc32(bytes),
    unpackedSize: bytes.length,
  };
}

export function stored(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: bytes, method: 0, crc: crc32(bytes), unpackedSize: bytes.length };
}

const contentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
const namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word document of the given body XML. */
export function docxOf(bodyXml: string, extra: ZipEntry[] = []): Buffer {
  const xml = `<?xml version="1.0"?><w:document ${namespace}><w:body>${bodyXml}</w:body></w:document>`;
  return zipOf([
    deflated('[Content_Types].xml', contentTypes),
    deflated('word/document.xml', xml),
    ...extra,
  ]);
}

/**
 * A .docx whose word/document.xml is one paragraph of `megabytes` MB of repeated text. The zip
 * declares the true size unless `declaredSize` says otherwise (a liar's header).
 */
export function docxBomb(megabytes: number, declaredSize?: number): Buffer {
  const head = Buffer.from(`<?xml version="1.0"?><w:document ${namespace}><w:body><w:p><w:r><w:t>`);
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const megabyte = Buffer.from('Scrutiny. '.repeat((1024 * 1024) / 10 + 1).slice(0, 1024 * 1024));
  // Each piece ends in a full flush: byte-aligned, with no back-references into what came before.
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(megabyte, flush);
  let crc = crc32(head);
  for (let index = 0; index < megabytes; index += 1) crc = crc32(megabyte, crc);
  crc = crc32(tail, crc);
  const data = Buffer.concat([
    deflateRawSync(head, flush),
    ...Array.from({ length: megabytes }, () => block),
    deflateRawSync(tail),
  ]);
  const unpackedSize = head.length + megabytes * megabyte.length + tail.length;
  return zipOf(
    [
      deflated('[Content_Types].xml', contentTypes),
      { name: 'word/document.xml', data, method: 8, crc, unpackedSize },
    ],
    declaredSize,
  );
}
