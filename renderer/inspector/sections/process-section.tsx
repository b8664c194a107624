import { memo } from 'react';
import { addStep, moveStep, removeStep, updateStep, type ProcessStep } from '../../../shared/model';
import { useT } from '../../state/workbench-context';
import { TextField } from '../../ui-kit/fields/text-field';
import { ListEditor } from '../list-editor';
import { useEdit } from '../use-inspector';

/** The ordered key steps of the function's business process. */
export const ProcessSection = memo(function ProcessSection(props: {
  readonly functionId: string;
  readonly steps: readonly ProcessStep[];
}) {
  const t = useT();
  const edit = useEdit();
  const { functionId } = props;
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
          onCommit={(text) => edit((project) => updateStep(project, functionId, step.id, { text }))}
        />
      )}
    />
  );
});
