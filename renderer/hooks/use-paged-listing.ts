// Loads a long list a page at a time (meetings, resolutions, actions): the first page at once,
// the next on request ("More"), with the same loading, error and retry states as every other
// list. A refresh (a finished import) or other filters start again from the first page.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Args, Result } from '../../shared/contract';
import { messageOf } from '../api';
import { useApi } from '../api-context';
import type { Loadable } from './use-listing';

/** Methods answering a list that take `limit` and `offset`. */
export type PagedMethod = 'meetings.list' | 'resolutions.list' | 'actions.list';

export interface PagedListing<M extends PagedMethod> {
  state: Loadable<Result<M>>;
  reload: () => void;
  /** Whether the app holds more rows than are loaded. */
  more: boolean;
  loadingMore: boolean;
  /** Why the last "More" failed, for an alert beside the button; null otherwise. */
  moreFailed: string | null;
  loadMore: () => void;
  /** Changes the loaded rows in place (an action saved), keeping the pages loaded so far. */
  update: (change: (rows: Result<M>) => Result<M>) => void;
}

/** A method's arguments other than the page: the filters every page is asked with. */
export type PageFilters<M extends PagedMethod> = Omit<Args<M>, 'limit' | 'offset'>;

export function usePagedListing<M extends PagedMethod>(
  method: M,
  pageSize: number,
  refreshKey = 0,
  filters?: PageFilters<M>,
): PagedListing<M> {
  const api = useApi();
  const [state, setState] = useState<Loadable<Result<M>>>({ status: 'loading' });
  const [more, setMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  // Filters are compared by value, so a caller may build them afresh on every render.
  const filterKey = JSON.stringify(filters ?? {});

  useEffect(() => {
    const mine = ++generation.current;
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    setLoadingMore(false);
    api.call(method, { ...JSON.parse(filterKey), limit: pageSize + 1 } as Args<M>).then(
      (rows) => {
        if (mine !== generation.current) return;
        setState({ status: 'loaded', data: rows.slice(0, pageSize) as Result<M> });
        setMore(rows.length > pageSize);
        setMoreFailed(null);
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        setState((previous) =>
          previous.status === 'loaded' ? previous : { status: 'failed', message: messageOf(error) },
        );
      },
    );
  }, [api, method, pageSize, attempt, refreshKey, filterKey]);

  const loaded = state.status === 'loaded' ? state.data : null;
  const loadMore = useCallback(() => {
    if (!loaded || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    setMoreFailed(null);
    api
      .call(method, {
        ...JSON.parse(filterKey),
        limit: pageSize + 1,
        offset: loaded.length,
      } as Args<M>)
      .then(
        (rows) => {
          if (mine !== generation.current) return;
          setState({
            status: 'loaded',
            data: [...loaded, ...rows.slice(0, pageSize)] as Result<M>,
          });
          setMore(rows.length > pageSize);
          setLoadingMore(false);
        },
        (error: unknown) => {
          if (mine !== generation.current) return;
          setMoreFailed(messageOf(error));
          setLoadingMore(false);
        },
      );
  }, [api, method, pageSize, loaded, loadingMore, filterKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (rows: Result<M>) => Result<M>) =>
      setState((previous) =>
        previous.status === 'loaded' ? { status: 'loaded', data: change(previous.data) } : previous,
      ),
    [],
  );
  return { state, reload, more, loadingMore, moreFailed, loadMore, update };
}
