import { useMemo } from 'react';
import { moveInPresentation, presentationOrder } from '../../shared/layout/presentation-order';
import { setPresentationOrder } from '../../shared/model';
import { useDisplay, useT, useWorkbenchState } from '../state/workbench-context';
import { ListEditor } from './list-editor';
import { useEdit } from './use-inspector';
import { functionById } from '../state/derived';

/** The order of the slides, changed with the list's up/down buttons (project panel). */
export function PresentationOrderList() {
  const t = useT();
  const display = useDisplay();
  const edit = useEdit();
  const project = useWorkbenchState((s) => s.project);
  const order = useMemo(() => presentationOrder(project), [project]);
  const nameOf = (id: string) => {
    const fn = functionById(project, id);
    return fn ? display.functionName(fn) : '';
  };
  return (
    <>
      <p className="in-field-note">{t('present.order.hint')}</p>
      <ListEditor
        items={order}
        keyOf={(id) => id}
        nameOf={nameOf}
        renderItem={(id) => <span>{nameOf(id)}</span>}
        onMove={(id, toIndex) => edit((doc) => moveInPresentation(doc, id, toIndex))}
        numbered
        idPrefix="presentation-order"
        emptyText={t('present.empty')}
      />
      {project.presentationOrder !== undefined && (
        <button
          type="button"
          className="in-list-add"
          onClick={() => edit((doc) => setPresentationOrder(doc, undefined))}
        >
          {t('present.order.reset')}
        </button>
      )}
    </>
  );
}
