// The shell's locks keep Scrutineer offline and inside its own window: these cases show that
// remote and local-file requests are cancelled, permissions refused, and navigation held.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app, session } from 'electron';
import { app as fakeApp, FakeWebContents, session as fakeSession } from '../mocks/electron';
import {
  contentSecurityPolicy,
  hardenContents,
  hardenSession,
  isBlockedUrl,
} from '../../electron/main/security';

describe('which requests the window may make', () => {
  it.each([
    ['http://example.com/'],
    ['https://example.com/script.js'],
    ['ws://127.0.0.1:9000/'],
    ['wss://example.com/socket'],
    ['ftp://example.com/file.txt'],
    ['file:///etc/passwd'],
    ['scrutineer-update://anything'],
    ['app://evil/index.html'],
    ['app://user@scrutineer/index.html'],
    ['app://scrutineer:8080/index.html'],
    ['not a url at all'],
  ])('blocks %s', (url) => {
    expect(isBlockedUrl(url)).toBe(true);
  });

  it.each([
    ['app://scrutineer/index.html', 'mainFrame'],
    ['app://scrutineer/assets/index-abc.js', 'script'],
    ['devtools://devtools/bundled/inspector.html', 'mainFrame'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image'],
    ['blob:app://scrutineer/1f0e6c1a', 'image'],
  ])('allows %s', (url, resourceType) => {
    expect(isBlockedUrl(url, resourceType)).toBe(false);
  });

  it('blocks data: and blob: URLs that are not images', () => {
    expect(isBlockedUrl('data:text/html,<script>alert(1)</script>', 'mainFrame')).toBe(true);
    expect(isBlockedUrl('blob:app://scrutineer/1f0e6c1a', 'script')).toBe(true);
  });

  it('sends the same policy as the renderer, with no remote sources', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toMatch(/https?:|unsafe-/);
  });

  it('carries every directive of the policy in the renderer’s meta tag', () => {
    const html = readFileSync(path.join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const headerDirectives = contentSecurityPolicy.split('; ');
    for (const directive of meta?.split('; ') ?? []) expect(headerDirectives).toContain(directive);
  });
});

describe('the hardened session', () => {
  beforeAll(() => hardenSession(session.defaultSession));

  function cancelled(url: string, resourceType = 'script'): boolean {
    let answer: boolean | undefined;
    fakeSession.defaultSession.beforeRequest?.({ url, resourceType }, ({ cancel }) => {
      answer = cancel;
    });
    if (answer === undefined) throw new Error('the request was never answered');
    return answer;
  }

  it('cancels a request to the internet and lets our own files through', () => {
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('app://scrutineer/assets/index.js')).toBe(false);
  });

  it('refuses every permission a page asks for', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      fakeSession.defaultSession.permissionRequest?.({}, permission, (answer) => {
        granted = answer;
      });
      expect(granted).toBe(false);
      expect(fakeSession.defaultSession.permissionCheck?.({}, permission)).toBe(false);
    }
  });
});

describe('every web contents the app creates', () => {
  const opened: string[] = [];
  beforeAll(() => hardenContents(app, (url) => opened.push(url)));
  beforeEach(() => {
    opened.length = 0;
  });

  function createdContents(): FakeWebContents {
    const contents = new FakeWebContents();
    fakeApp.emit('web-contents-created', {}, contents);
    return contents;
  }

  it('stays on Scrutineer’s own pages when a link tries to navigate away', () => {
    const contents = createdContents();
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt('will-navigate', 'app://scrutineer/index.html#/meetings')).toBe(false);
  });

  it('refuses redirects that leave the app', () => {
    const contents = createdContents();
    expect(contents.attempt('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.attempt('will-redirect', 'app://scrutineer/index.html')).toBe(false);
  });

  it('denies every new window, even one for our own origin', () => {
    const contents = createdContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://scrutineer/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('opens a front sheet’s email address and phone number in the member’s own apps', () => {
    const contents = createdContents();
    expect(contents.attempt('will-navigate', 'mailto:scrutiny@council.example')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'tel:+441632960123' })).toEqual({
      action: 'deny',
    });
    expect(opened).toEqual(['mailto:scrutiny@council.example', 'tel:+441632960123']);
  });

  it('hands nothing else to the system, whether by link or by new window', () => {
    const contents = createdContents();
    contents.attempt('will-navigate', 'https://example.com/');
    contents.attempt('will-navigate', 'file:///etc/passwd');
    contents.windowOpenHandler?.({ url: 'https://example.com/' });
    contents.windowOpenHandler?.({ url: 'ms-settings:privacy' });
    expect(opened).toEqual([]);
  });

  it('refuses to attach a <webview>', () => {
    const contents = createdContents();
    expect(contents.attempt('will-attach-webview', 'app://scrutineer/index.html')).toBe(true);
  });
});
