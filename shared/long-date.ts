// Month names, read and written in one place: the readers parse "7 June 2022" and "Sept" with
// them, and screens, exception questions and briefings print "12 January 2027" and "June 2027".

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "March", "mar" or "Sept" → 3; 0 when the word names no month (read by its first letters). */
export function monthNumber(name: string): number {
  const start = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(start)) + 1;
}

/** "2027-01-12" → "12 January 2027"; "2027-06" → "June 2027"; anything else is returned as given. */
export function longDate(iso: string): string {
  const parts = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = parts ? MONTH_NAMES[Number(parts[2]) - 1] : undefined;
  if (!parts || month === undefined) return iso;
  return parts[3] ? `${Number(parts[3])} ${month} ${parts[1]}` : `${month} ${parts[1]}`;
}
