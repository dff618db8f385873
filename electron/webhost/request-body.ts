// Receives a call's body for the loopback web host. Uploads (import.files) are streamed to a
// private temporary file rather than gathered in memory, up to the import's own size limit; a body
// over its limit is read to the end and thrown away, so the browser gets a 413 with a message
// instead of a reset connection.
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A body larger than the call may carry; `limit` is in bytes. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the request is larger than ${limit} bytes`);
  }
}

/** Passes chunks on until `limit` bytes have gone by, then swallows the rest of the stream. */
function upTo(limit: number): { gate: Transform; over: () => boolean } {
  let size = 0;
  let over = false;
  const gate = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) over = true;
      done(null, over ? undefined : chunk);
    },
  });
  return { gate, over: () => over };
}

/** The body as text, held in memory: for ordinary calls, whose limit is small. */
export async function bodyInMemory(request: http.IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  const { gate, over } = upTo(limit);
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline(request, gate, collect);
  if (over()) throw new BodyTooLarge(limit);
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as text, streamed through a temporary file (removed before returning) on the way. */
export async function bodyThroughFile(
  request: http.IncomingMessage,
  limit: number,
): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'scrutineer-upload-body-'));
  try {
    const file = path.join(folder, 'body.json');
    const { gate, over } = upTo(limit);
    await pipeline(request, gate, createWriteStream(file, { mode: 0o600 }));
    if (over()) throw new BodyTooLarge(limit);
    return await readFile(file, 'utf8');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
