// The "More" button under a long list loaded a page at a time, with its failure said beside it.
import { ErrorAlert } from './Loaded';

export function MoreButton({
  label,
  more,
  loadingMore,
  moreFailed,
  loadMore,
}: {
  label: string;
  more: boolean;
  loadingMore: boolean;
  moreFailed: string | null;
  loadMore: () => void;
}) {
  return (
    <>
      {moreFailed && <ErrorAlert message={`${label} could not be loaded. ${moreFailed}`} />}
      {more && (
        <p>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={loadingMore}
            onClick={loadMore}
          >
            {loadingMore ? 'Loading…' : label}
          </button>
        </p>
      )}
    </>
  );
}
