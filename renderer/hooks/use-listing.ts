// Loads the result of a contract method that needs no arguments, with loading and error states
// every page shows the same way, a retry, and a way to change the loaded list after a save.
import type { Args, Method, Result } from '../../shared/contract';
import { useCall } from './use-call';

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
  return useCall(method, {} as Args<M>, refreshKey);
}
