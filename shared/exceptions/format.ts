// How figures appear in exception messages: as the report printed them, with the indicator's unit,
// so a member reading a question recognises the number from the page.
import { MONTH_NAMES } from '../long-date';

const PERCENT_UNITS = new Set(['%', 'percent', 'per cent', 'percentage']);
/** Units that measure something (time, rates, scores), so a count beside them is not "12 days". */
const MEASURE_UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'rate']);
const PREFIX_UNITS = new Set(['£', '$', '€']);
const MOST_DECIMALS = 6;

export function isPercentUnit(unit: string | null): boolean {
  return unit !== null && PERCENT_UNITS.has(unit.trim().toLowerCase());
}

/** Decimal places as printed: from the value's text when it shows the value, else the number. */
export function decimalsPrinted(value: number, valueText: string | null): number {
  const printed = valueText?.match(/\d[\d,]*(?:\.(\d+))?/);
  if (printed && Math.abs(Number(printed[0].replace(/,/g, '')) - Math.abs(value)) < 1e-9) {
    return printed[1]?.length ?? 0;
  }
  const plain = String(Math.abs(value));
  const point = plain.indexOf('.');
  return point < 0 ? 0 : Math.min(plain.length - point - 1, MOST_DECIMALS);
}

/** "4,162", "94.6", "-1.5": fixed decimals, thousands separated by commas. */
export function formatNumber(value: number, decimals: number): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** "20.1%", "£1,250", "14 days", "0.76": the number at its printed precision with its unit. */
export function formatValue(
  value: number,
  unit: string | null,
  valueText: string | null = null,
  decimals = decimalsPrinted(value, valueText),
): string {
  const number = formatNumber(value, decimals);
  if (unit === null || unit.trim() === '') return number;
  if (isPercentUnit(unit)) return `${number}%`;
  if (PREFIX_UNITS.has(unit.trim())) return `${unit.trim()}${number}`;
  return `${number} ${unit.trim()}`;
}

/** The noun a count is a count of ("children"), when the unit names one; null when unknown. */
export function countNoun(unit: string | null): string | null {
  if (unit === null) return null;
  const noun = unit.trim().toLowerCase();
  if (!/^[a-z][a-z -]*$/.test(noun) || PERCENT_UNITS.has(noun) || MEASURE_UNITS.has(noun)) {
    return null;
  }
  return noun;
}

/** "236 children" when the unit names what is counted, otherwise just "236". */
export function formatCount(count: number, unit: string | null): string {
  const noun = countNoun(unit);
  return noun === null ? formatNumber(count, 0) : `${formatNumber(count, 0)} ${noun}`;
}

/** "2022-03-08" → "8 March 2022"; anything else is returned as it came. */
export function formatDate(isoDate: string): string {
  const parts = isoDate.match(/^(\d{4})-(\d{2})-(\d{2})/);
  const month = parts ? MONTH_NAMES[Number(parts[2]) - 1] : undefined;
  if (!parts || month === undefined) return isoDate;
  return `${Number(parts[3])} ${month} ${parts[1]}`;
}

/** Whether two printed figures agree once both are rounded to the coarser precision printed. */
export function sameAtPrintedPrecision(
  first: { value: number; valueText: string | null },
  second: { value: number; valueText: string | null },
): boolean {
  const decimals = Math.min(
    decimalsPrinted(first.value, first.valueText),
    decimalsPrinted(second.value, second.valueText),
  );
  const scale = 10 ** decimals;
  return Math.abs(roundHalfUp(first.value * scale) - roundHalfUp(second.value * scale)) < 1e-9;
}

function roundHalfUp(scaled: number): number {
  return Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5 + 1e-9);
}
