/**
 * The panel set under the editor: Console | Database | HTTP | WebSocket | Timeline, resizable,
 * with its open tab and size remembered in the preferences. Every panel stays mounted so a
 * half-written request or a socket log survives switching tabs.
 */
import { useState, type CSSProperties, type ReactNode } from 'react';
import { usePreferences } from '../../app/hooks.js';
import { useServices } from '../../app/services.js';
import { DatabasePanel } from '../database/DatabasePanel.js';
import { HttpClientPanel } from '../requests/HttpClientPanel.js';
import { WsClientsPanel } from '../requests/WsClientsPanel.js';
import { TimelinePanel } from '../timeline/TimelinePanel.js';
import { PanelSeparator } from './PanelSeparator.js';
import { TabList, TabPanel } from './TabList.js';
import { defaultWorkbenchLayout, MAX_PANEL_SHARE, TAB_LABELS, WORKBENCH_TABS, type WorkbenchTab } from './workbench-layout.js';
import './workbench.css';

const ID = 'workbench';
const TABS = WORKBENCH_TABS.map((id) => ({ id, label: TAB_LABELS[id] }));

interface Props {
  lessonId: string;
  /** The server console, shown as the first tab. */
  consolePanel: ReactNode;
  /** Writes a line of the app's own into the console (e.g. after a database reset). */
  onConsoleNote: (line: string) => void;
}

export function WorkbenchPanels({ lessonId, consolePanel, onConsoleNote }: Props) {
  const { preferences } = useServices();
  const layout = usePreferences().workbenchLayout;
  // While dragging, the size follows the pointer without writing a setting per pixel.
  const [dragShare, setDragShare] = useState<number | undefined>(undefined);
  const share = dragShare ?? layout.panelShare;

  const select = (tab: WorkbenchTab) => preferences.set('workbenchLayout', { ...layout, tab });
  const commit = (panelShare: number) => {
    setDragShare(undefined);
    preferences.set('workbenchLayout', { ...layout, panelShare });
  };
  const enlarged = share >= MAX_PANEL_SHARE;

  const panels: Record<WorkbenchTab, ReactNode> = {
    console: consolePanel,
    database: <DatabasePanel lessonId={lessonId} active={layout.tab === 'database'} onConsoleNote={onConsoleNote} />,
    http: <HttpClientPanel lessonId={lessonId} />,
    websocket: <WsClientsPanel lessonId={lessonId} />,
    timeline: <TimelinePanel lessonId={lessonId} />,
  };

  return (
    <section className="workbench-panels" aria-label="Workbench panels" style={{ '--panel-share': share / 100 } as CSSProperties}>
      <PanelSeparator share={share} controls={`${ID}-body`} onPreview={setDragShare} onCommit={commit} />
      <div className="workbench-tab-row">
        <TabList idPrefix={ID} label="Workbench" tabs={TABS} selected={layout.tab} onSelect={select} className="workbench-tabs" />
        <button
          type="button"
          className="button button-quiet button-small"
          aria-pressed={enlarged}
          onClick={() => commit(enlarged ? defaultWorkbenchLayout().panelShare : MAX_PANEL_SHARE)}
          aria-label="Enlarge the panels"
          title={enlarged ? 'Give the editor its room back' : 'Give the panels most of the height'}
        >
          <span aria-hidden="true">{enlarged ? '⤡' : '⤢'}</span>
        </button>
      </div>
      <div id={`${ID}-body`} className="workbench-body">
        {WORKBENCH_TABS.map((id) => (
          <TabPanel key={id} idPrefix={ID} id={id} selected={layout.tab === id} className="workbench-tab-panel">
            {panels[id]}
          </TabPanel>
        ))}
      </div>
    </section>
  );
}
