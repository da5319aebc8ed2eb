/**
 * The database inspector: the lesson database's tables (with row counts), and for the chosen one
 * its rows, its structure, the ER diagram of them all, the SQL console and what the last action
 * changed. Loads when first shown; follows every change to the database.
 */
import { useMemo, useState } from 'react';
import type { DbTable } from '../../../src-main/contract/workbench.js';
import { rowMarks } from './change-set.js';
import { ChangesView } from './ChangesView.js';
import { ErDiagram } from './ErDiagram.js';
import { ResetDatabaseButton } from './ResetDatabaseButton.js';
import { SchemaView } from './SchemaView.js';
import { SqlConsole } from './SqlConsole.js';
import { TableBrowser } from './TableBrowser.js';
import { useChangeSet } from './use-change-set.js';
import { useSchema } from './use-schema.js';
import { TabList, TabPanel } from '../workbench/TabList.js';
import './database.css';

const VIEWS = [
  { id: 'data', label: 'Data' },
  { id: 'structure', label: 'Structure' },
  { id: 'diagram', label: 'Diagram' },
  { id: 'sql', label: 'SQL' },
  { id: 'changes', label: 'Changes' },
] as const;
type View = (typeof VIEWS)[number]['id'];
const ID = 'db-view';

interface Props {
  lessonId: string;
  /** The inspector is the open tab: load now rather than later. */
  active: boolean;
  onConsoleNote: (line: string) => void;
}

export function DatabasePanel({ lessonId, active, onConsoleNote }: Props) {
  const { schema, error, loading, version, reload } = useSchema(lessonId, active);
  const { changeSet, dismiss } = useChangeSet(lessonId);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [view, setView] = useState<View>('data');

  const tables = schema?.tables ?? [];
  const table: DbTable | undefined = tables.find((t) => t.name === chosen) ?? tables[0];
  const marks = useMemo(() => (changeSet && table ? rowMarks(changeSet.changes, table.name) : new Map()), [changeSet, table]);
  const changedTables = new Set(changeSet?.changes.tables.map((t) => t.table));

  const views = VIEWS.map((v) => (v.id === 'changes' && changeSet ? { ...v, label: `Changes (${changeSet.changes.tables.length})` } : v));

  function openTable(name: string) {
    setChosen(name);
    setView('data');
  }

  return (
    <div className="database-panel">
      <nav className="table-list" aria-label="Tables">
        <div className="table-list-head">
          <h3 className="panel-title">Tables</h3>
          <button type="button" className="button button-quiet button-small" onClick={reload} aria-label="Reload the schema">
            {loading ? <span className="spinner" aria-hidden="true" /> : '⟳'}
          </button>
        </div>
        {error && <p className="inline-error" role="alert">{error}</p>}
        {schema && tables.length === 0 && <p className="empty-note">No tables yet.</p>}
        {!schema && loading && <p className="status-line" role="status"><span className="spinner" aria-hidden="true" /> Reading the database…</p>}
        <ul>
          {tables.map((t) => (
            <li key={t.name}>
              <button type="button" className="table-item" aria-current={t === table ? 'true' : undefined} onClick={() => setChosen(t.name)}>
                <span className="table-name">{t.name}</span>
                {changedTables.has(t.name) && <span className="change-dot" title="Changed by the last action" aria-label="changed" />}
                <span className="table-count">{t.kind === 'view' ? 'view' : t.rowCount}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="table-list-foot">
          <ResetDatabaseButton lessonId={lessonId} onReport={onConsoleNote} />
        </div>
      </nav>
      <div className="database-main">
        <TabList idPrefix={ID} label="Database views" tabs={views} selected={view} onSelect={setView} className="sub-tabs" />
        <TabPanel idPrefix={ID} id="data" selected={view === 'data'} className="database-view">
          {table && table.key.length > 0 && <TableBrowser key={table.name} lessonId={lessonId} table={table} version={version} marks={marks} active={active} />}
          {table && table.key.length === 0 && <p className="empty-note">{table.name} is a view: read it in the SQL tab with SELECT * FROM {table.name}.</p>}
        </TabPanel>
        <TabPanel idPrefix={ID} id="structure" selected={view === 'structure'} className="database-view">
          {table && <SchemaView table={table} />}
        </TabPanel>
        <TabPanel idPrefix={ID} id="diagram" selected={view === 'diagram'} className="database-view">
          {view === 'diagram' && <ErDiagram tables={tables} onOpenTable={openTable} />}
        </TabPanel>
        <TabPanel idPrefix={ID} id="sql" selected={view === 'sql'} className="database-view">
          {schema && <SqlConsole lessonId={lessonId} initialSql={table ? `SELECT * FROM ${quoteName(table.name)} LIMIT 50;` : 'SELECT 1;'} />}
        </TabPanel>
        <TabPanel idPrefix={ID} id="changes" selected={view === 'changes'} className="database-view">
          <ChangesView changeSet={changeSet} onDismiss={dismiss} />
        </TabPanel>
      </div>
    </div>
  );
}

/** A table name as SQL: bare when it is a plain identifier, else double-quoted. */
function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
