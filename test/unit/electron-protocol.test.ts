// The UI is served from app://scrutineer/ out of dist/renderer. These cases show that only files
// inside that folder are ever served, however a path is disguised, and with the security headers.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { protocol as fakeProtocol } from '../mocks/electron';
import {
  handleAppProtocol,
  registerAppScheme,
  resolveAppAsset,
  serveAppAsset,
} from '../../electron/main/protocol';
import { contentSecurityPolicy } from '../../electron/main/security';
import { makeTempDir } from '../support/temp-store';

const temp = makeTempDir('scrutineer-protocol-');
const rootDir = path.join(temp.dir, 'renderer');

beforeAll(() => {
  mkdirSync(path.join(rootDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rootDir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  writeFileSync(path.join(rootDir, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(path.join(rootDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(temp.dir, 'secret.txt'), 'not for the window');
});
afterAll(() => temp.remove());

describe('mapping an app:// URL to a file', () => {
  it('serves index.html for the bare origin and names files under the renderer folder', () => {
    expect(resolveAppAsset(rootDir, 'app://scrutineer/')).toBe(path.join(rootDir, 'index.html'));
    expect(resolveAppAsset(rootDir, 'app://scrutineer')).toBe(path.join(rootDir, 'index.html'));
    expect(resolveAppAsset(rootDir, 'app://scrutineer/assets/index-abc.js?v=1#top')).toBe(
      path.join(rootDir, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a user name', 'app://me@scrutineer/index.html'],
    ['a port', 'app://scrutineer:80/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a parent folder', 'app://scrutineer/../secret.txt'],
    ['a parent folder deeper in', 'app://scrutineer/assets/../../secret.txt'],
    ['an encoded parent folder', 'app://scrutineer/%2e%2e/secret.txt'],
    ['a mixed-case encoded parent', 'app://scrutineer/%2E./secret.txt'],
    ['an encoded slash and parent', 'app://scrutineer/..%2fsecret.txt'],
    ['a backslash', 'app://scrutineer/..\\secret.txt'],
    ['an encoded backslash', 'app://scrutineer/..%5csecret.txt'],
    ['a NUL byte', 'app://scrutineer/index.html%00.js'],
    ['an absolute path', 'app://scrutineer//etc/passwd'],
    ['a drive letter', 'app://scrutineer/C:/Windows/win.ini'],
    ['a hidden file', 'app://scrutineer/.env'],
    ['malformed percent-encoding', 'app://scrutineer/%E0%A4%A'],
  ])('refuses %s', (_case, url) => {
    expect(resolveAppAsset(rootDir, url)).toBeNull();
  });
});

describe('answering app:// requests', () => {
  it('serves a script with its content type, the CSP and nosniff', async () => {
    const response = await serveAppAsset(
      rootDir,
      new Request('app://scrutineer/assets/index-abc.js'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('serves the page as HTML and styles as CSS', async () => {
    const page = await serveAppAsset(rootDir, new Request('app://scrutineer/index.html'));
    const styles = await serveAppAsset(
      rootDir,
      new Request('app://scrutineer/assets/index-abc.css'),
    );
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(styles.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404, still with the CSP, for a missing file, a folder or an escape', async () => {
    for (const url of [
      'app://scrutineer/missing.js',
      'app://scrutineer/assets',
      'app://scrutineer/%2e%2e/secret.txt',
    ]) {
      const response = await serveAppAsset(rootDir, new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
      expect(await response.text()).not.toContain('not for the window');
    }
  });

  it('refuses anything but reading', async () => {
    const response = await serveAppAsset(
      rootDir,
      new Request('app://scrutineer/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});

describe('registering the app:// scheme', () => {
  it('makes app:// standard and secure with fetch, and routes it to the renderer folder', async () => {
    registerAppScheme(protocol);
    handleAppProtocol(protocol, rootDir);
    expect(fakeProtocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const handler = fakeProtocol.handlers.get('app');
    const response = await handler?.(new Request('app://scrutineer/'));
    expect(await response?.text()).toContain('<title>Scrutineer</title>');
  });
});
