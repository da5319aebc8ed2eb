/**
 * The bar between the editor and the panels: drag it, or focus it and use the arrow keys
 * (WAI-ARIA window splitter). The new size is reported while dragging and committed on release.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { MAX_PANEL_SHARE, MIN_PANEL_SHARE, resizeByKey, shareAtPointer } from './workbench-layout.js';

interface Props {
  share: number;
  controls: string;
  /** While dragging. */
  onPreview: (share: number) => void;
  /** On release and on each key press: the size to remember. */
  onCommit: (share: number) => void;
}

export function PanelSeparator({ share, controls, onPreview, onCommit }: Props) {
  const dragging = useRef<{ top: number; bottom: number; last: number } | undefined>(undefined);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    // The middle column (editor + panels) is the separator's container's parent.
    const column = event.currentTarget.parentElement?.parentElement?.getBoundingClientRect();
    if (!column || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragging.current = { top: column.top, bottom: column.bottom, last: share };
    event.preventDefault();
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const drag = dragging.current;
    if (!drag) return;
    drag.last = shareAtPointer(event.clientY, drag.top, drag.bottom);
    onPreview(drag.last);
  }

  function onPointerUp() {
    const drag = dragging.current;
    dragging.current = undefined;
    if (drag) onCommit(drag.last);
  }

  function onKeyDown(event: KeyboardEvent) {
    const next = resizeByKey(share, event.key);
    if (next === undefined) return;
    event.preventDefault();
    onCommit(next);
  }

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation="horizontal"
      aria-label="Resize the panels (arrow keys)"
      aria-controls={controls}
      aria-valuenow={share}
      aria-valuemin={MIN_PANEL_SHARE}
      aria-valuemax={MAX_PANEL_SHARE}
      aria-valuetext={`Panels take ${share}% of the height`}
      className="panel-separator"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
