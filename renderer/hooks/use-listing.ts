// Loads the result of a contract method that needs no arguments, with loading and error states
// every page shows the same way, a retry, and a way to change the loaded list after a save.
import { useCallback, useEffect, useState } from 'react';
import type { Args, Method, Result } from '../../shared/contract';
import { messageOf } from '../api';
import { useApi } from '../api-context';

/** Methods that can be called with no arguments at all. */
export type ListingMethod = {
  [M in Method]: Record<string, never> extends Args<M> ? M : never;
}[Method];

export type Loadable<T> =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; data: T };

export interface Listing<T> {
  state: Loadable<T>;
  reload: () => void;
  /** Changes the loaded data in place (after a save); does nothing before it has loaded. */
  update: (change: (data: T) => T) => void;
}

/** `refreshKey`: a change (such as a finished import) loads the data again. */
export function useListing<M extends ListingMethod>(method: M, refreshKey = 0): Listing<Result<M>> {
  const api = useApi();
  const [state, setState] = useState<Loadable<Result<M>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    // A refresh keeps what is on screen until the new data arrives, and keeps it if that fails.
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    api.call(method, {} as Args<M>).then(
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
  }, [api, method, attempt, refreshKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: Result<M>) => Result<M>) => {
    setState((previous) =>
      previous.status === 'loaded' ? { status: 'loaded', data: change(previous.data) } : previous,
    );
  }, []);
  return { state, reload, update };
}
