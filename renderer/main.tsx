// The renderer's entry point: picks the transport for this window (desktop bridge or web host),
// applies the member's stored theme and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { apiForWindow } from './api';
import { ApiProvider } from './api-context';
import { applyStoredTheme } from './hooks/use-theme';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to mount Scrutineer in.');

applyStoredTheme();
createRoot(container).render(
  <StrictMode>
    <ApiProvider api={apiForWindow(window)}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
