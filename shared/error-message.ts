// The readable part of anything thrown. Checks for a message by shape, not instanceof, because
// better-sqlite3's SqliteError can come from another realm (jest, worker threads) than Error here.
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error as { message: unknown };
    if (typeof message === 'string') return message;
  }
  return String(error);
}
