// Arranges the scorecard: one group per theme as the dashboards name them (A to Z), indicators
// without a theme under "Other" at the end.
import type { IndicatorSummary } from './indicator-words';

export interface ThemeGroup {
  theme: string;
  indicators: IndicatorSummary[];
}

export const otherTheme = 'Other';

export function groupByTheme(indicators: readonly IndicatorSummary[]): ThemeGroup[] {
  const groups = new Map<string, IndicatorSummary[]>();
  for (const indicator of indicators) {
    const theme = indicator.theme?.trim() || otherTheme;
    groups.set(theme, [...(groups.get(theme) ?? []), indicator]);
  }
  const themes = [...groups.keys()].filter((theme) => theme !== otherTheme);
  themes.sort((a, b) => a.localeCompare(b, 'en-GB'));
  if (groups.has(otherTheme)) themes.push(otherTheme);
  return themes.map((theme) => ({
    theme,
    indicators: [...(groups.get(theme) ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, 'en-GB'),
    ),
  }));
}
