// The loading and error states every page shows the same way: a status line while loading,
// an alert with the readable message and a retry button when loading failed.
import type { ReactNode } from 'react';
import type { Loadable } from '../hooks/use-listing';

export function ErrorAlert({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="error-box" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

interface LoadedProps<T> {
  state: Loadable<T>;
  /** What is loading, in words: "meetings". */
  what: string;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}

export function Loaded<T>({ state, what, onRetry, children }: LoadedProps<T>) {
  if (state.status === 'loading') {
    return (
      <p className="loading" role="status">
        Loading {what}…
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <ErrorAlert
        message={`Your ${what} could not be loaded. ${state.message}`}
        onRetry={onRetry}
      />
    );
  }
  return <>{children(state.data)}</>;
}
