// Serves the built renderer (dist/renderer) on app://scrutineer/, so the UI never loads from
// file:// and every response carries the Content Security Policy. Paths that could escape are 404s.
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { contentTypeFor, resolveAsset } from '../services/static-assets';
import { contentSecurityPolicy } from '../services/content-security-policy';
import { appHost, appScheme } from './app-origin';

/** Must run before the app is ready: app:// behaves like https (standard, secure, fetch). */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

// The raw path, taken before any URL parsing could quietly collapse "/../" or "%2e%2e".
const appUrlPattern = new RegExp(`^${appScheme}://${appHost}(/[^?#]*)?(?:[?#].*)?$`);
const encodedDot = /%2e/i;
const driveLetter = /^\/[a-z]:/i;

/**
 * The file under rootDir that app://scrutineer/<path> names ("/" → index.html), or null for
 * another host, a port or user name, "..", encoded dots, backslashes, NUL, doubled slashes,
 * drive letters, hidden files, or anything that would resolve outside rootDir.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  const match = appUrlPattern.exec(requestUrl);
  if (!match) return null;
  const rawPath = match[1] ?? '/';
  if (encodedDot.test(rawPath) || rawPath.includes('//') || driveLetter.test(rawPath)) return null;
  return resolveAsset(rootDir, rawPath);
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function notFound(status = 404): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Answers one app:// request: the file with its content type and security headers, or a 404. */
export async function serveAppAsset(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
  const file = resolveAppAsset(rootDir, request.url);
  if (file === null) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file) },
  });
}

/** Must run after the app is ready. */
export function handleAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(appScheme, (request) => serveAppAsset(rootDir, request));
}
