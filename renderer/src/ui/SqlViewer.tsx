/** Shows the SQL (and parameters) behind a chart or table, folded by default, so every figure can be checked. */
export function SqlViewer({ sql, params }: { sql: string; params?: unknown }) {
  return (
    <details className="sql-viewer" data-testid="sql-viewer">
      <summary>SQL</summary>
      <pre>{sql.trim()}</pre>
      {params !== undefined && <pre className="muted">{JSON.stringify(params, null, 2)}</pre>}
    </details>
  );
}
