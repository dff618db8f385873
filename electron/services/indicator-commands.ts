// `scrutineer indicators`, `series` and `exceptions`: the indicator catalogue, one indicator's run
// of values (the best match for the words given) and the exceptions found, as JSON for scripts.
import { callService, CliError, type Command } from './cli-support';
import { nameSimilarity } from '../../shared/readers/indicators/names';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const indicatorCommands: Record<string, Command> = {
  indicators: {
    summary: 'List the indicators: name, aliases, polarity, unit, theme, council and periods held.',
    usage: 'indicators --db <file> [--json]',
    needsExistingStore: true,
    run: async ({ db, json }, out) => {
      const rows = await callService(db, 'indicators.list', {});
      const listed = rows.map(
        ({ id, name, aliases, polarity, unit, theme, valueCount, council }) => ({
          id,
          name,
          aliases,
          polarity,
          unit,
          theme,
          council: council ?? null,
          points: valueCount,
        }),
      );
      if (json) out.stdout(JSON.stringify(listed, null, 2) + '\n');
      else
        for (const row of listed)
          out.stdout(`${String(row.id).padStart(4)}  ${row.name} (${row.points} periods)\n`);
    },
  },
  series: {
    summary: 'Show one indicator’s values by period, with targets, benchmarks and sources.',
    usage: 'series --indicator "<words>" --db <file> [--json]',
    needsExistingStore: true,
    run: async ({ db, json, indicator }, out) => {
      if (!indicator) throw new CliError('Name the indicator: --indicator "<words>".');
      const rows = await callService(db, 'indicators.list', {});
      const best = rows
        .map((row) => ({
          row,
          score: Math.max(
            ...[row.name, ...row.aliases].map((name) => nameSimilarity(indicator, name)),
          ),
        }))
        .sort((a, b) => b.score - a.score)[0];
      if (!best || best.score === 0) throw new CliError(`No indicator matches "${indicator}".`);
      const series = await callService(db, 'indicators.series', { id: best.row.id });
      const printed = {
        indicator: {
          id: series.indicator.id,
          name: series.indicator.name,
          polarity: series.indicator.polarity,
          unit: series.indicator.unit,
        },
        points: series.points.map((point) => ({
          period: point.period,
          start: point.start,
          end: point.end,
          value: point.value,
          count: point.count,
          target: point.target,
          rag: point.rag,
          quartile: point.quartile,
          neighbourAverage: point.neighbourAverage,
          statedTrend: point.statedTrend,
          sources: point.sources,
          restatements: point.restatements,
        })),
      };
      if (json) out.stdout(JSON.stringify(printed, null, 2) + '\n');
      else {
        out.stdout(`${printed.indicator.name}\n`);
        for (const point of printed.points)
          out.stdout(`  ${point.period.padEnd(14)} ${point.value ?? '—'}\n`);
      }
    },
  },
  exceptions: {
    summary: 'List what looks wrong in the indicators, phrased as questions, with evidence.',
    usage: 'exceptions --db <file> [--meeting YYYY-MM-DD] [--json]',
    needsExistingStore: true,
    run: async ({ db, json, meeting }, out) => {
      let meetingId: number | undefined;
      if (meeting !== undefined) {
        if (!isoDate.test(meeting)) throw new CliError('Give the meeting as --meeting YYYY-MM-DD.');
        const found = (await callService(db, 'meetings.list', {})).find(
          (row) => row.date === meeting,
        );
        if (!found) throw new CliError(`There is no meeting on ${meeting} in ${db}.`);
        meetingId = found.id;
      }
      const exceptions = await callService(
        db,
        'indicators.exceptions',
        meetingId === undefined ? {} : { meetingId },
      );
      const printed = exceptions.map(
        ({ rule, indicator, period, periodStart, message, evidence }) => ({
          rule,
          indicator,
          period,
          periodStart,
          message,
          evidence,
        }),
      );
      if (json) out.stdout(JSON.stringify(printed, null, 2) + '\n');
      else
        for (const exception of printed) out.stdout(`[${exception.rule}] ${exception.message}\n`);
    },
  },
};
