// Loads one meeting's full detail for its page, with the same loading and error states as the
// lists, a retry, and a quiet refresh after an import (what is on screen stays meanwhile).
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../shared/contract';
import { messageOf } from '../api';
import { useApi } from '../api-context';
import type { Loadable } from './use-listing';

export type MeetingDetail = Result<'meetings.get'>;

export function useMeeting(
  id: number,
  refreshKey: number,
): { state: Loadable<MeetingDetail>; reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<Loadable<MeetingDetail>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    api.call('meetings.get', { id }).then(
      (data) => {
        if (current) setState({ status: 'loaded', data });
      },
      (error: unknown) => {
        if (!current) return;
        setState((previous) =>
          previous.status === 'loaded' ? previous : { status: 'failed', message: messageOf(error) },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [api, id, attempt, refreshKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
