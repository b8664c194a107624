import { Lightbulb } from 'lucide-react';
import { useRef } from 'react';
import { useCardsClearOf } from '../canvas/notices-clear';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { commandById } from '../commands/commands';
import { displayAccelerator } from '../commands/shortcut-text';
import './help.css';

const keysOf = (id: 'view.commandPalette' | 'help.shortcuts') =>
  commandById(id)
    .keys.map((key) => displayAccelerator(key))
    .at(-1) ?? '';

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
  // Dismissed, it leaves the view as it is: the cards were clear of it.
  useCardsClearOf(note, shown, editor);
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
