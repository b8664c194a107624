import { memo, useCallback } from 'react';
import { addStep, moveStep, removeStep, updateStep, type ProcessStep } from '../../../shared/model';
import { useT } from '../../state/workbench-context';
import { TextField } from '../../ui-kit/fields/text-field';
import { ListEditor } from '../list-editor';
import { useEdit, useItemPatchOf } from '../use-inspector';

/** The ordered key steps of the function's business process. */
export const ProcessSection = memo(function ProcessSection(props: {
  readonly functionId: string;
  readonly steps: readonly ProcessStep[];
}) {
  const t = useT();
  const edit = useEdit();
  const { functionId } = props;
  const patchOf = useItemPatchOf(
    useCallback(
      (id: string, change: Partial<Omit<ProcessStep, 'id'>>) =>
        edit((project) => updateStep(project, functionId, id, change)),
      [edit, functionId],
    ),
  );
  return (
    <ListEditor
      items={props.steps}
      keyOf={(step) => step.id}
      nameOf={(step, index) =>
        step.text || t('inspector.process.stepNumber', { number: index + 1 })
      }
      idPrefix="step"
      field="steps"
      numbered
      addLabel={t('inspector.process.add')}
      emptyText={t('inspector.process.empty')}
      emptyHint={t('inspector.process.emptyHint')}
      onAdd={(id) => edit((project) => addStep(project, functionId, { id, text: '' }))}
      onRemove={(id) => edit((project) => removeStep(project, functionId, id))}
      onMove={(id, to) => edit((project) => moveStep(project, functionId, id, to))}
      renderItem={(step, index) => (
        <TextField
          label={t('inspector.process.stepNumber', { number: index + 1 })}
          value={step.text}
          multiline="wrap"
          onCommit={patchOf(step.id)('text')}
        />
      )}
    />
  );
});
