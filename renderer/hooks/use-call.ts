// Loads the result of one contract method called with arguments (an indicator's series, the
// exceptions for a meeting), with the same loading, error, retry and quiet-refresh as the lists.
import { useCallback, useEffect, useState } from 'react';
import type { Args, Method, Result } from '../../shared/contract';
import { messageOf } from '../api';
import { useApi } from '../api-context';
import type { Listing, Loadable } from './use-listing';

/** `refreshKey`: a change (a finished import, a merge) loads the data again. */
export function useCall<M extends Method>(
  method: M,
  args: Args<M>,
  refreshKey = 0,
): Listing<Result<M>> {
  const api = useApi();
  const [state, setState] = useState<Loadable<Result<M>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Arguments arrive as a fresh object each render; their text says when they really changed.
  const argsKey = JSON.stringify(args);

  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    api.call(method, JSON.parse(argsKey) as Args<M>).then(
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
  }, [api, method, argsKey, attempt, refreshKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: Result<M>) => Result<M>) => {
    setState((previous) =>
      previous.status === 'loaded' ? { status: 'loaded', data: change(previous.data) } : previous,
    );
  }, []);
  return { state, reload, update };
}
