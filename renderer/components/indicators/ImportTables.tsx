// The import report's account of the tables of figures in a file: each table by its title and
// page, with how many of its rows became indicator values, and the tables that could not be read.
import type { ImportResult } from '../../import/upload';

type Table = NonNullable<ImportResult['tables']>[number];

function describe(table: Table): string {
  const where = `page ${table.page}`;
  const name = table.title ? `“${table.title}” (${where})` : `Table on ${where}`;
  if (!table.read) return `${name}: not read — its header did not say what the figures are`;
  const rows = `${table.readRows} of ${table.rows} ${table.rows === 1 ? 'row' : 'rows'}`;
  return `${name}: ${rows} became indicator values (${table.values} figures)`;
}

export function ImportTables({ tables }: { tables: ImportResult['tables'] }) {
  if (!tables || tables.length === 0) return null;
  return (
    <>
      <h4>Tables of figures</h4>
      <ul className="import-tables">
        {tables.map((table, index) => (
          <li key={index} className={table.read ? 'import-table-read' : 'import-table-unread'}>
            <span aria-hidden="true">{table.read ? '✓ ' : '✕ '}</span>
            {describe(table)}
          </li>
        ))}
      </ul>
    </>
  );
}
