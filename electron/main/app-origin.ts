// Where Scrutineer's own UI lives: the app:// scheme and host every other shell module checks
// against (navigation, IPC senders, served files), kept in one place so they cannot disagree.
export const appScheme = 'app';
export const appHost = 'scrutineer';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** Parses a URL, or null when it is not one. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for app://scrutineer/… with no user name, password or port smuggled in. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
