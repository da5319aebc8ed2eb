/** One table's structure: columns with types and keys, foreign keys, indexes, and its CREATE statement. */
import type { DbTable } from '../../../src-main/contract/workbench.js';

export function SchemaView({ table }: { table: DbTable }) {
  return (
    <div className="schema-view scroll-area">
      <h3>
        {table.name} <span className="muted">{table.kind === 'view' ? 'view' : table.withoutRowid ? 'table, WITHOUT ROWID' : 'table'}</span>
      </h3>
      <table className="plain-table" aria-label={`Columns of ${table.name}`}>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Key</th>
            <th scope="col">Not NULL</th>
            <th scope="col">Default</th>
          </tr>
        </thead>
        <tbody>
          {table.columns.map((column) => {
            const references = table.foreignKeys.filter((fk) => fk.columns.includes(column.name));
            return (
              <tr key={column.name}>
                <th scope="row">{column.name}</th>
                <td><code>{column.type || '—'}</code></td>
                <td>
                  {column.primaryKey > 0 && <span className="key-badge key-pk">PK{table.columns.filter((c) => c.primaryKey > 0).length > 1 ? ` ${column.primaryKey}` : ''}</span>}
                  {references.map((fk) => (
                    <span key={fk.table} className="key-badge key-fk">FK → {fk.table}{fk.to.length ? `.${fk.to[fk.columns.indexOf(column.name)] ?? fk.to[0]}` : ''}</span>
                  ))}
                  {column.generated && <span className="key-badge">generated</span>}
                </td>
                <td>{column.notNull ? 'yes' : ''}</td>
                <td><code>{column.defaultValue ?? ''}</code></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {table.foreignKeys.length > 0 && (
        <>
          <h4>Foreign keys</h4>
          <ul className="plain-list">
            {table.foreignKeys.map((fk, i) => (
              <li key={i}>
                <code>({fk.columns.join(', ')})</code> → <code>{fk.table}({fk.to.join(', ') || 'primary key'})</code>
                <span className="muted"> on update {fk.onUpdate.toLowerCase()}, on delete {fk.onDelete.toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>Indexes</h4>
      {table.indexes.length === 0 ? (
        <p className="muted">None{table.kind === 'table' && !table.withoutRowid ? ' besides the rowid' : ''}.</p>
      ) : (
        <ul className="plain-list">
          {table.indexes.map((index) => (
            <li key={index.name}>
              <code>{index.name}</code> on <code>({index.columns.join(', ')})</code>
              <span className="muted">
                {index.unique ? ' unique' : ''}
                {index.origin === 'pk' ? ', primary key' : index.origin === 'u' ? ', UNIQUE constraint' : ''}
                {index.partial ? ', partial' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h4>Definition</h4>
      <pre className="pre-block">{table.sql}</pre>
    </div>
  );
}
