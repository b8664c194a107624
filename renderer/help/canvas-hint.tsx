import type { ReactFlowInstance } from '@xyflow/react';
import { Lightbulb } from 'lucide-react';
import { useLayoutEffect, useRef } from 'react';
import { BELOW_NOTICES, fitWholeDesign } from '../canvas/view-fit';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { commandById } from '../commands/commands';
import { displayAccelerator } from '../commands/shortcut-text';
import './help.css';

const keysOf = (id: 'view.commandPalette' | 'help.shortcuts') =>
  commandById(id)
    .keys.map((key) => displayAccelerator(key))
    .at(-1) ?? '';

/**
 * Fits the view again, at once, below the notices, when cards lie under `note` (the hint, just
 * drawn) or closer below it than the fit leaves: the open's fit of the view is mostly done
 * before the hint comes, in idle time.
 */
function clearCardsOf(flow: ReactFlowInstance | undefined, note: HTMLElement | null): void {
  if (!flow || !note) return;
  const { left, top, right, bottom } = note.getBoundingClientRect();
  const from = flow.screenToFlowPosition({ x: left, y: top });
  const to = flow.screenToFlowPosition({ x: right, y: bottom + BELOW_NOTICES });
  const area = { ...from, width: to.x - from.x, height: to.y - from.y };
  if (flow.getIntersectingNodes(area).length > 0) fitWholeDesign(flow, 0);
}

/**
 * The first-run hint on the canvas: how to add a function, where its data goes and where the
 * keys are listed. Dismissed once, for good (kept in the settings). Not shown in a read-only tab,
 * where nothing it invites can be done (the banner says why).
 */
export function CanvasHint() {
  const t = useT();
  const editor = useEditor();
  const { store, port } = editor;
  const dismissed = useWorkbenchState((state) => state.canvasHintDismissed);
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  const shown = !dismissed && !readOnly;
  const note = useRef<HTMLDivElement>(null);
  // Before the hint is painted, so that no frame shows cards under it. Dismissed, it leaves
  // the view as it is: the cards were clear of it.
  useLayoutEffect(() => {
    if (shown) clearCardsOf(editor.flow, note.current);
  }, [shown, editor]);
  if (!shown) return null;
  const dismiss = () => {
    store.getState().dismissCanvasHint();
    void port
      .updateSettings({ canvasHintDismissed: true })
      .catch((error: unknown) => console.error(error));
  };
  return (
    <div
      ref={note}
      className="canvas-hint"
      role="note"
      aria-labelledby="canvas-hint-title"
      data-testid="canvas-hint"
    >
      <Lightbulb size={20} aria-hidden="true" className="canvas-hint-icon" />
      <h2 id="canvas-hint-title">{t('hint.title')}</h2>
      <p>
        {t('hint.text', {
          palette: keysOf('view.commandPalette'),
          shortcuts: keysOf('help.shortcuts'),
        })}
      </p>
      <button type="button" className="primary" onClick={dismiss}>
        {t('hint.dismiss')}
      </button>
    </div>
  );
}
