import './inspector.css';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { lazyComponent } from '../ui-kit/lazy';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import type { CheckPlace } from './check-place';
import { SECTION_IDS, type SectionId } from './sections';

// Shown once something is selected: loaded then, not with the first screen.
const FunctionInspector = lazyComponent(() =>
  import('./function-inspector').then((m) => m.FunctionInspector),
);
const MultiSelection = lazyComponent(() =>
  import('./multi-selection').then((m) => m.MultiSelection),
);

/**
 * The right-hand inspector: the selected function's data, its live analysis and its design
 * checks. With several functions selected it shows their totals; with none, a hint.
 */
export function InspectorPanel() {
  const t = useT();
  const { store, port } = useWorkbench();
  const functionIds = useWorkbenchState((state) => state.selection.functionIds);
  // Which sections are closed survives a change of selection (the user compares functions) and
  // a restart: it is kept in the settings.
  const closed = useWorkbenchState((state) => state.closedSections);
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  // Where to move focus once a section opened by a design check has rendered.
  const pending = useRef<CheckPlace>(undefined);
  // Bumped by a check whose section is open already, so the render (and the focus) happens.
  const [, setGoTo] = useState(0);

  const setSection = useCallback(
    (section: SectionId, isOpen: boolean) => {
      const current = store.getState().closedSections;
      if (current.includes(section) !== isOpen) return;
      const closedSections = isOpen
        ? current.filter((id) => id !== section)
        : [...current, section];
      store.getState().setClosedSections(closedSections);
      void port.updateSettings({ closedSections }).catch((error: unknown) => console.error(error));
    },
    [store, port],
  );
  const onToggle = useCallback(
    (section: string, isOpen: boolean) => {
      const id = SECTION_IDS.find((known) => known === section);
      if (id) setSection(id, isOpen);
    },
    [setSection],
  );
  const onGoTo = useCallback(
    (place: CheckPlace) => {
      pending.current = place;
      setSection(place.section, true);
      setGoTo((count) => count + 1);
    },
    [setSection],
  );

  // After the render that opened the section, move focus to what the check points at.
  useEffect(() => {
    const request = pending.current;
    if (!request) return;
    const section = document.querySelector(`[data-section="${request.section}"]`);
    // Not open yet (a request made while the inspector mounts is seen by this effect in the same
    // commit): the render that opens it, already on its way, takes the request.
    if (section instanceof HTMLDetailsElement && !section.open) return;
    pending.current = undefined;
    // The field itself, within its KPI or line row when the check names one; else the row,
    // else the section.
    const row = request.elementId ? document.getElementById(request.elementId) : null;
    const target =
      (row ?? section)?.querySelector(`[data-field="${request.field}"]`) ??
      row ??
      section?.querySelector('summary');
    if (target instanceof HTMLElement) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  });

  const only = functionIds.length === 1 ? functionIds[0] : undefined;
  return (
    <section className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      <Suspense fallback={null}>
        {only !== undefined ? (
          <FunctionInspector
            key={only}
            functionId={only}
            isOpen={(section) => !closed.includes(section)}
            onToggle={onToggle}
            onGoTo={onGoTo}
          />
        ) : functionIds.length > 1 ? (
          <MultiSelection functionIds={functionIds} />
        ) : (
          <p className="inspector-hint">
            {t(readOnly ? 'inspector.hint.noneReadOnly' : 'inspector.hint.none')}
          </p>
        )}
      </Suspense>
    </section>
  );
}
