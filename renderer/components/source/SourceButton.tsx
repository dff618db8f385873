// The small "Source: page N" button beside every imported fact: it opens the page the fact was
// read from, so a member can always check a figure or a resolution against the papers.
import { useOpenSource, type SourceRef } from './SourceViewer';

interface SourceButtonProps {
  source: SourceRef | null;
  /** Words for the button when "Source: page N" would not fit (a whole document, say). */
  label?: string;
}

export function SourceButton({ source, label }: SourceButtonProps) {
  const open = useOpenSource();
  if (!source) return null;
  return (
    <button
      type="button"
      className="source-button"
      onClick={(event) => open(source, event.currentTarget)}
    >
      {label ?? `Source: page ${source.page}`}
    </button>
  );
}
