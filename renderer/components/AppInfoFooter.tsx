// The footer's quiet line about where the member's data lives and which store schema it uses,
// useful when asking for help; silent while loading.
import { useListing } from '../hooks/use-listing';

export function AppInfoFooter() {
  const { state } = useListing('app.info');
  return (
    <footer className="app-footer">
      {state.status === 'loaded' && (
        <p>
          Store: <span className="store-path">{state.data.storePath}</span> · schema v
          {state.data.schemaVersion} · Scrutineer {state.data.version}
        </p>
      )}
      {state.status === 'failed' && <p>Details of the store are not available.</p>}
    </footer>
  );
}
