// Opens a .docx without trusting it: a 1 MB Word file can claim anything in its zip headers and
// inflate to gigabytes (a "zip bomb"), or nest XML deep enough to exhaust the parser. So the
// central directory is read here, entries are counted as they are listed, each part is inflated
// with a running byte budget that stops the inflater the moment it is spent (whatever sizes the
// zip declares), its XML nesting is measured before it is parsed, and the whole read has a
// deadline. Each refusal names the file and the limit it reached.
import { inflateRawSync } from 'node:zlib';
import { extractionError } from '../extraction-error';

export interface DocxLimits {
  /** Entries the zip may list (a Word document has a few dozen; media can add hundreds). */
  maxEntries: number;
  /** Bytes all the parts read may unpack to, together. */
  maxUnpackedBytes: number;
  /** How deep elements may nest in one XML part (Word's own documents stay under 100). */
  maxXmlDepth: number;
  /**
   * Elements one XML part may hold: each becomes an object in memory, so a small zip of dense
   * markup costs more than its byte size says. Council Word packs hold 200 to 1,700 a page, so
   * the limit leaves room for some 300 to 2,500 pages.
   */
  maxXmlElements: number;
  /** Time the unpacking and checking may take, in milliseconds. */
  maxMilliseconds: number;
}

export const docxLimits: DocxLimits = {
  maxEntries: 10_000,
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxXmlDepth: 512,
  maxXmlElements: 500_000,
  maxMilliseconds: 30_000,
};

/** What docx-pages needs of a zip: a part by name, read as text. */
export interface ZipPart {
  async: (type: 'string') => Promise<string>;
}

interface Entry {
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localHeaderOffset: number;
}

const endOfCentralDirectory = 0x06054b50;
const centralEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The end-of-central-directory record sits in the last 64 KB (its comment is at most 65535). */
function findEndRecord(data: Buffer): number {
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= earliest; at -= 1) {
    if (data.readUInt32LE(at) === endOfCentralDirectory) return at;
  }
  throw new Error('no zip central directory');
}

export class LimitedZip {
  private readonly data: Buffer;
  private readonly entries = new Map<string, Entry>();
  private unpacked = 0;
  private readonly deadline: number;

  /** Throws a plain Error when the bytes are not a zip, an ExtractionError when a limit is hit. */
  constructor(
    bytes: Uint8Array,
    private readonly fileName: string,
    private readonly limits: DocxLimits = docxLimits,
  ) {
    this.deadline = Date.now() + limits.maxMilliseconds;
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndRecord(data);
    const declared = data.readUInt16LE(end + 10);
    if (declared > limits.maxEntries) this.tooManyEntries(declared);
    let at = data.readUInt32LE(end + 16);
    // Counted as listed, not taken from the record: a zip may under-declare its entries.
    for (let count = 1; at + 46 <= data.length; count += 1) {
      if (data.readUInt32LE(at) !== centralEntrySignature) break;
      if (count > limits.maxEntries) this.tooManyEntries(count);
      const nameLength = data.readUInt16LE(at + 28);
      const extraLength = data.readUInt16LE(at + 30);
      const commentLength = data.readUInt16LE(at + 32);
      const name = data.toString('utf8', at + 46, at + 46 + nameLength);
      this.entries.set(name, {
        method: data.readUInt16LE(at + 10),
        encrypted: (data.readUInt16LE(at + 8) & 1) === 1,
        compressedSize: data.readUInt32LE(at + 20),
        localHeaderOffset: data.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    if (this.entries.size === 0) throw new Error('the zip lists no entries');
    this.data = data;
  }

  private tooManyEntries(count: number): never {
    throw extractionError('over-limit', this.fileName, {
      reason: `its zip lists ${count > this.limits.maxEntries ? `more than ${this.limits.maxEntries}` : count} entries`,
      limitName: `${this.limits.maxEntries} entries`,
    });
  }

  private checkTime(): void {
    if (Date.now() > this.deadline) {
      throw extractionError('over-limit', this.fileName, {
        reason: 'unpacking it took too long',
        limitName: `${this.limits.maxMilliseconds / 1000} seconds`,
      });
    }
  }

  /** A part by its exact name, or null when the zip has none (as JSZip's zip.file does). */
  file(name: string): ZipPart | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    // A refusal inside the executor becomes a rejection, as JSZip's own failures are.
    return { async: () => new Promise((resolve) => resolve(this.readText(name, entry))) };
  }

  private readText(name: string, entry: Entry): string {
    this.checkTime();
    if (entry.encrypted) throw extractionError('password', this.fileName);
    const raw = this.compressedBytes(name, entry);
    const budget = this.limits.maxUnpackedBytes - this.unpacked;
    let unpacked: Buffer;
    if (entry.method === 0) {
      unpacked = raw;
      if (unpacked.length > budget) this.overBudget(name);
    } else if (entry.method === 8) {
      try {
        // The inflater stops as soon as its output passes the budget, whatever the zip declares.
        unpacked = inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') this.overBudget(name);
        throw new Error(`${name} could not be unpacked`);
      }
      if (unpacked.length > budget) this.overBudget(name);
    } else {
      throw new Error(`${name} uses a compression Word does not write (method ${entry.method})`);
    }
    this.unpacked += unpacked.length;
    this.checkTime();
    const text = unpacked.toString('utf8');
    this.checkDepth(name, text);
    this.checkTime();
    return text;
  }

  private compressedBytes(name: string, entry: Entry): Buffer {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.data.length || this.data.readUInt32LE(at) !== localHeaderSignature) {
      throw new Error(`${name} is missing from the zip`);
    }
    const start = at + 30 + this.data.readUInt16LE(at + 26) + this.data.readUInt16LE(at + 28);
    // A ZIP64 size (0xffffffff) is not trusted: the deflate stream ends itself.
    const size =
      entry.compressedSize === 0xffffffff ? this.data.length - start : entry.compressedSize;
    return this.data.subarray(start, Math.min(this.data.length, start + size));
  }

  private overBudget(name: string): never {
    throw extractionError('over-limit', this.fileName, {
      reason: `${name} unpacks to more than ${megabytes(this.limits.maxUnpackedBytes - this.unpacked)}`,
      limitName: `${megabytes(this.limits.maxUnpackedBytes)} unpacked`,
    });
  }

  /** Measures element nesting and count in one pass, before the parser builds a tree of it. */
  private checkDepth(name: string, xml: string): void {
    let depth = 0;
    let elements = 0;
    let at = xml.indexOf('<');
    while (at !== -1 && at < xml.length - 1) {
      const next = xml.charCodeAt(at + 1);
      let end: number;
      if (next === 0x2f /* / */) {
        depth -= 1;
        end = xml.indexOf('>', at);
      } else if (xml.startsWith('<!--', at)) {
        end = xml.indexOf('-->', at);
      } else if (xml.startsWith('<![CDATA[', at)) {
        end = xml.indexOf(']]>', at);
      } else if (next === 0x3f /* ? */ || next === 0x21 /* ! */) {
        end = xml.indexOf('>', at);
      } else {
        end = tagEnd(xml, at);
        if (end !== -1 && xml.charCodeAt(end - 1) !== 0x2f) depth += 1;
        elements += 1;
        if (elements > this.limits.maxXmlElements) {
          throw extractionError('over-limit', this.fileName, {
            reason: `${name} holds more than ${this.limits.maxXmlElements.toLocaleString('en-GB')} XML elements`,
            limitName: `${this.limits.maxXmlElements.toLocaleString('en-GB')} elements`,
          });
        }
        if (depth > this.limits.maxXmlDepth) {
          throw extractionError('over-limit', this.fileName, {
            reason: `${name} nests its XML more than ${this.limits.maxXmlDepth} levels deep`,
            limitName: `${this.limits.maxXmlDepth} levels`,
          });
        }
      }
      if (end === -1) return; // The parser reports the unfinished markup.
      at = xml.indexOf('<', end);
    }
  }
}

/** The '>' closing a start tag, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let at = from + 1; at < xml.length; at += 1) {
    const code = xml.charCodeAt(at);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e) {
      return at;
    }
  }
  return -1;
}
