import './inspector.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT, useWorkbenchState } from '../app/workbench-context';
import { FunctionInspector } from './function-inspector';
import { MultiSelection } from './multi-selection';
import { SECTION_IDS, type SectionId } from './sections';

/** Where to move focus once a section opened by a design check has rendered. */
type Pending = { readonly section: SectionId; readonly elementId: string | undefined };

/**
 * The right-hand inspector: the selected function's data, its live analysis and its design
 * checks. With several functions selected it shows their totals; with none, a hint.
 */
export function InspectorPanel() {
  const t = useT();
  const functionIds = useWorkbenchState((state) => state.selection.functionIds);
  // Which sections are open survives a change of selection: the user compares functions.
  const [open, setOpen] = useState<ReadonlySet<SectionId>>(() => new Set(SECTION_IDS));
  const pending = useRef<Pending>(undefined);

  const onToggle = useCallback((section: string, isOpen: boolean) => {
    const id = SECTION_IDS.find((known) => known === section);
    if (!id) return;
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const onGoTo = useCallback((section: SectionId, elementId: string | undefined) => {
    pending.current = { section, elementId };
    // A new set even when the section is open already, so the render (and the focus) happens.
    setOpen((current) => new Set(current).add(section));
  }, []);

  // After the render that opened the section, move focus to what the check points at.
  useEffect(() => {
    const request = pending.current;
    if (!request) return;
    pending.current = undefined;
    const target =
      (request.elementId && document.getElementById(request.elementId)) ||
      document.querySelector<HTMLElement>(`[data-section="${request.section}"] > summary`);
    if (target instanceof HTMLElement) {
      target.scrollIntoView({ block: 'nearest' });
      target.focus();
    }
  });

  const only = functionIds.length === 1 ? functionIds[0] : undefined;
  return (
    <section className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      {only !== undefined ? (
        <FunctionInspector
          key={only}
          functionId={only}
          isOpen={(section) => open.has(section)}
          onToggle={onToggle}
          onGoTo={onGoTo}
        />
      ) : functionIds.length > 1 ? (
        <MultiSelection functionIds={functionIds} />
      ) : (
        <p className="inspector-hint">{t('inspector.hint.none')}</p>
      )}
    </section>
  );
}
