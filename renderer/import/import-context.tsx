// One import at a time for the whole window: the header button, the drop zone, the sample button
// and the report all share it. Lists reload when `generation` changes after each import.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { messageOf } from '../api';
import { useApi } from '../api-context';
import type { MeetingSummary } from '../meeting-groups';
import { finishedMessage, startedMessage, withProgress, type ImportState } from './import-state';
import { sortChosenFiles, toUpload, type ImportResult } from './upload';

export interface Importer {
  state: ImportState;
  /** The latest line for the polite live region. */
  announcement: string;
  /** Counts finished imports, so pages can reload what they show. */
  generation: number;
  importFiles: (files: readonly File[]) => void;
  importSample: () => void;
  /** Asks the app to stop the import under way; its report then says what was not imported. */
  cancel: () => void;
  dismiss: () => void;
}

const ImportContext = createContext<Importer | null>(null);

export function ImportProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const [generation, setGeneration] = useState(0);
  const running = state.phase === 'running';

  const report = useCallback(
    async (results: ImportResult[]) => {
      // The meetings found are linked by id, which only the refreshed list knows.
      let meetings: MeetingSummary[] = [];
      try {
        meetings = await api.call('meetings.list', {});
      } catch {
        // The report still shows the dates, unlinked.
      }
      setState({ phase: 'reported', results, meetings });
      setAnnouncement(finishedMessage(results));
      setGeneration((n) => n + 1);
    },
    [api],
  );

  const run = useCallback(
    async (names: string[], call: () => Promise<ImportResult[]>, refused: ImportResult[]) => {
      setState({
        phase: 'running',
        files: names.map((file) => ({ file, done: null, total: null })),
      });
      setAnnouncement(startedMessage(names));
      try {
        await report([...refused, ...(await call())]);
      } catch (error) {
        setState({
          phase: 'failed',
          message: `The import could not be completed. ${messageOf(error)}`,
        });
        setAnnouncement('');
        setGeneration((n) => n + 1);
      }
    },
    [report],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (running) {
        setAnnouncement('An import is already running. Wait for it to finish, then try again.');
        return;
      }
      const { accepted, refused } = sortChosenFiles(files);
      if (accepted.length === 0) {
        void report(refused);
        return;
      }
      void run(
        accepted.map((file) => file.name),
        async () => api.call('import.files', { files: await Promise.all(accepted.map(toUpload)) }),
        refused,
      );
    },
    [api, report, run, running],
  );

  const importSample = useCallback(() => {
    if (!running) void run([], () => api.call('import.sample', {}), []);
  }, [api, run, running]);

  const cancel = useCallback(() => {
    setAnnouncement('Cancelling the import…');
    api
      .call('import.cancel', {})
      .catch(() => setAnnouncement('The import could not be cancelled.'));
  }, [api]);

  const dismiss = useCallback(() => {
    setState({ phase: 'idle' });
    setAnnouncement('');
  }, []);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'progress') setState((previous) => withProgress(previous, event));
        // An import started from the desktop File menu reports here too.
        if (event.type === 'import-report') void report(event.results);
      }),
    [api, report],
  );

  return (
    <ImportContext
      value={{ state, announcement, generation, importFiles, importSample, cancel, dismiss }}
    >
      {children}
    </ImportContext>
  );
}

export function useImporter(): Importer {
  const importer = useContext(ImportContext);
  if (!importer) throw new Error('useImporter was called outside an ImportProvider.');
  return importer;
}
