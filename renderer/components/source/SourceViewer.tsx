// Lets any fact on a page open the one source dialog: a button hands over where the fact was
// printed and itself, so focus can go back to it when the dialog closes.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { sourceRefSchema } from '../../../shared/contract';
import { SourceDialog } from './SourceDialog';

export type SourceRef = z.infer<typeof sourceRefSchema>;
type OpenSource = (source: SourceRef, opener: HTMLElement) => void;

const SourceContext = createContext<OpenSource | null>(null);

export function SourceViewer({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<{ source: SourceRef; opener: HTMLElement } | null>(null);
  const open = useCallback<OpenSource>((source, opener) => setOpened({ source, opener }), []);
  return (
    <SourceContext value={open}>
      {children}
      {opened && (
        <SourceDialog
          source={opened.source}
          onClose={() => {
            setOpened(null);
            opened.opener.focus();
          }}
        />
      )}
    </SourceContext>
  );
}

export function useOpenSource(): OpenSource {
  const open = useContext(SourceContext);
  if (!open) throw new Error('useOpenSource was called outside a SourceViewer.');
  return open;
}
