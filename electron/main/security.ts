// The shell's locks: which requests may leave the window (only our own app:// files), and the
// session and web-contents guards that deny permissions, navigation, pop-ups and <webview>. The one
// way out is a mailto: or tel: link, handed to the system (external-links.ts decides which).
import type { App, Session, WebContents } from 'electron';
import { isAppUrl, parseUrl } from './app-origin';
import { isAllowedExternalUrl } from './external-links';

export { contentSecurityPolicy } from '../services/content-security-policy';

/**
 * True when a request must be cancelled. Allowed: our own app://scrutineer files, devtools:, and
 * data:/blob: URLs for images. Everything else (http, https, ws, wss, ftp, file, other hosts on
 * app:, unknown schemes, malformed URLs) is blocked: Scrutineer works offline.
 */
export function isBlockedUrl(url: string, resourceType = 'other'): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return true;
  switch (parsed.protocol) {
    case 'app:':
      return !isAppUrl(url);
    case 'devtools:':
      return false;
    case 'data:':
    case 'blob:':
      return resourceType !== 'image';
    default:
      return true;
  }
}

/** Cancels blocked requests and denies every permission (camera, notifications, and so on). */
export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isBlockedUrl(details.url, details.resourceType) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Hands an allowed link (mailto:, tel:) to the system's own program for it. */
export type OpenExternal = (url: string) => void;

/**
 * Stops a page from navigating away, opening windows or attaching a <webview>. A mailto: or tel:
 * link is still stopped in the window, and opened by the member's mail or phone app instead.
 */
export function guardContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(url)) openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Guards every web contents the app ever creates, including ones we did not create ourselves. */
export function hardenContents(app: App, openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, openExternal));
}
