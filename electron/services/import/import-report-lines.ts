// What the command line prints about an import, as each file lands and at the end: one numbered
// line per file (with its warnings) so that a long archive import shows how far it has got, and
// a closing count of imported, skipped and failed files.
import type { ImportFileResult } from './import-files';

/** "[12/524] imported  file (Committee, 2014-03-04)" and its warnings, one per line. */
export function describeImport(
  result: ImportFileResult,
  batch: { done: number; total: number },
): string {
  const detail = result.status === 'failed' ? result.error : result.meetings.join(', ');
  const counter = `[${batch.done}/${batch.total}]`;
  const lines = [
    `${counter} ${result.status.padEnd(8)} ${result.file}${detail ? ` (${detail})` : ''}`,
  ];
  const indent = ' '.repeat(counter.length + 1);
  for (const warning of result.warnings) lines.push(`${indent}warning: ${warning}`);
  return lines.join('\n') + '\n';
}

/** "524 files in 52.9 s: 520 imported, 3 skipped, 1 failed." */
export function summariseImports(results: ImportFileResult[], elapsedMs: number): string {
  const count = (status: ImportFileResult['status']): number =>
    results.filter((result) => result.status === status).length;
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  return (
    `${files} in ${(elapsedMs / 1000).toFixed(1)} s: ${count('imported')} imported, ` +
    `${count('skipped')} skipped, ${count('failed')} failed.\n`
  );
}
