// The loopback web host: serves the built renderer and the same contract over HTTP on 127.0.0.1,
// so the real UI runs in a browser for development and end-to-end tests where Electron cannot.
// Every API call needs the per-run token; the Host header is checked against DNS rebinding.
import { messageOf } from '../../shared/error-message';
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../services/dispatch';
import type { EventBus } from '../services/events';
import { contentTypeFor, resolveAsset } from '../services/static-assets';
import { contentSecurityPolicy } from '../services/content-security-policy';
import type { Envelope, ErrorCode } from '../../shared/contract';
import { maxUploadBytes } from '../services/import/import-uploads';
import { bodyInMemory, bodyThroughFile, BodyTooLarge } from './request-body';

export interface WebHostOptions {
  handlers: Handlers;
  bus: EventBus;
  rendererDir: string;
  token: string;
  /** Largest request body accepted for an ordinary call, in bytes. */
  maxBodyBytes?: number;
  /** Largest import.files body, in bytes: by default one import's worth of files as base64. */
  maxUploadBytes?: number;
}

export interface RunningWebHost {
  url: string;
  port: number;
  close: () => Promise<void>;
}

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const statusFor: Record<ErrorCode, number> = {
  'unknown-method': 404,
  'invalid-arguments': 400,
  failed: 500,
  'invalid-result': 500,
};

function sendJson(response: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

function refuse(response: http.ServerResponse, status: number, message: string): void {
  const code: ErrorCode = status === 404 ? 'unknown-method' : 'invalid-arguments';
  sendJson(response, status, { ok: false, error: { code, message } });
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function tooLargeMessage(method: string, limit: number): string {
  if (method !== 'import.files') {
    return `${method} was sent more than ${megabytes(limit)}, more than any call needs.`;
  }
  // Base64 carries 3 bytes of file in 4 characters.
  const files = megabytes((limit * 3) / 4);
  return `These files are too large to import in one go: one import can take up to ${files} of files. Import fewer files at a time, or split a larger pack into smaller files.`;
}

function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createWebHost(options: WebHostOptions): http.Server {
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const uploadLimit = options.maxUploadBytes ?? maxUploadBytes;
  const eventStreams = new Set<http.ServerResponse>();
  options.bus.subscribe((event) => {
    for (const stream of eventStreams) stream.write(`data: ${JSON.stringify(event)}\n\n`);
  });

  async function handleApiCall(
    method: string,
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    // A refused call's body is still read and dropped, so the caller sees the refusal, not a reset.
    if (!tokenMatches(options.token, bearer)) {
      request.resume();
      refuse(response, 401, 'This call was refused: it did not carry this session’s token.');
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      request.resume();
      refuse(response, 415, 'Calls must send JSON (Content-Type: application/json).');
      return;
    }
    let args: unknown;
    try {
      const isUpload = method === 'import.files';
      const body = isUpload
        ? await bodyThroughFile(request, uploadLimit)
        : await bodyInMemory(request, maxBodyBytes);
      args = body.trim() === '' ? {} : JSON.parse(body);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        refuse(response, 413, tooLargeMessage(method, error.limit));
        return;
      }
      const reason = messageOf(error);
      refuse(response, 400, `${method} was called with a body that is not valid JSON: ${reason}.`);
      return;
    }
    const envelope = await dispatch(options.handlers, method, args);
    sendJson(response, envelope.ok ? 200 : statusFor[envelope.error.code], envelope);
  }

  function openEventStream(url: URL, response: http.ServerResponse): void {
    if (!tokenMatches(options.token, url.searchParams.get('token'))) {
      refuse(response, 401, 'The event stream was refused: it did not carry this session’s token.');
      return;
    }
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    eventStreams.add(response);
    response.on('close', () => eventStreams.delete(response));
  }

  function serveAsset(
    url: URL,
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): void {
    const file = resolveAsset(options.rendererDir, url.pathname);
    const size = file ? fileSize(file) : null;
    if (!file || size === null) {
      response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentTypeFor(file),
      'Content-Length': String(size),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  }

  const server = http.createServer((request, response) => {
    const port = (server.address() as AddressInfo | null)?.port;
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      refuse(response, 421, `Requests must be addressed to 127.0.0.1:${port}.`);
      return;
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    const apiMethod = /^\/api\/([\w.-]+)$/.exec(url.pathname)?.[1];
    if (url.pathname === '/api/events' && request.method === 'GET') {
      openEventStream(url, response);
    } else if (apiMethod !== undefined && request.method === 'POST') {
      handleApiCall(apiMethod, request, response).catch((error: unknown) => {
        const reason = messageOf(error);
        if (!response.headersSent) refuse(response, 500, `The call failed: ${reason}.`);
      });
    } else if (url.pathname.startsWith('/api/')) {
      refuse(response, 405, 'API calls are POST requests to /api/<method>.');
    } else if (request.method === 'GET' || request.method === 'HEAD') {
      serveAsset(url, request, response);
    } else {
      refuse(response, 405, `${request.method ?? 'This'} requests are not served here.`);
    }
  });
  server.on('close', () => {
    for (const stream of eventStreams) stream.end();
  });
  return server;
}

function fileSize(file: string): number | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

/** Starts the host on 127.0.0.1 only (port 0 picks a free one) and reports its URL with the token. */
export function startWebHost(options: WebHostOptions & { port: number }): Promise<RunningWebHost> {
  const server = createWebHost(options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
