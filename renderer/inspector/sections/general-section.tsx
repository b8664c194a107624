import { memo, useCallback, useMemo } from 'react';
import { FUNCTION_TYPES } from '../../../shared/catalog';
import {
  FUNCTION_STATUSES,
  setFunctionsGroup,
  updateFunction,
  type FunctionPatch,
  type SalesFunction,
} from '../../../shared/model';
import { useT, useWorkbenchState } from '../../state/workbench-context';
import { SelectField } from '../../ui-kit/fields/choice-fields';
import { TextField } from '../../ui-kit/fields/text-field';
import { useEdit, usePatchOf, usePeopleOptions } from '../use-inspector';
import { plainText } from '../../../shared/display';

type GeneralFields = Pick<
  SalesFunction,
  'id' | 'name' | 'typeId' | 'purpose' | 'description' | 'status' | 'ownerPersonId' | 'groupId'
>;

/**
 * Name, type, purpose, description, status, accountable owner and group. Takes the fields one
 * by one so that an edit elsewhere in the function does not re-render it; hands each field a
 * stable commit, so that an edit of one field re-renders that field alone.
 */
export const GeneralSection = memo(function GeneralSection(fn: GeneralFields) {
  const t = useT();
  const edit = useEdit();
  const people = usePeopleOptions();
  const groups = useWorkbenchState((state) => state.project.groups);
  const { id } = fn;
  const patch = useCallback(
    (change: FunctionPatch) => edit((project) => updateFunction(project, id, change)),
    [edit, id],
  );
  const patchOf = usePatchOf(patch);
  const setGroup = useCallback(
    (groupId: string | undefined) => edit((project) => setFunctionsGroup(project, [id], groupId)),
    [edit, id],
  );

  const typeOptions = useMemo(
    () => FUNCTION_TYPES.map((type) => ({ value: type.id, label: t(type.nameKey) })),
    [t],
  );
  const statusOptions = useMemo(
    () => FUNCTION_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
    [t],
  );
  const groupOptions = useMemo(
    () =>
      groups.map((group) => ({
        value: group.id,
        label: plainText(group.name).trim() || t('inspector.general.unnamedGroup'),
      })),
    [groups, t],
  );

  return (
    <div className="in-field-grid">
      <TextField
        wide
        label={t('inspector.general.name')}
        value={fn.name}
        onCommit={patchOf('name')}
      />
      <SelectField
        wide
        label={t('inspector.general.type')}
        value={fn.typeId}
        options={typeOptions}
        onChange={patchOf('typeId')}
      />
      <SelectField
        label={t('inspector.general.status')}
        value={fn.status}
        options={statusOptions}
        onChange={patchOf('status')}
      />
      <SelectField
        label={t('inspector.general.group')}
        value={fn.groupId}
        options={groupOptions}
        noneLabel={t('inspector.general.noGroup')}
        onChange={setGroup}
      />
      <TextField
        wide
        multiline="wrap"
        label={t('inspector.general.purpose')}
        hint={t('inspector.general.purposeHint')}
        value={fn.purpose}
        onCommit={patchOf('purpose')}
      />
      <TextField
        wide
        multiline="paragraph"
        label={t('inspector.general.description')}
        value={fn.description}
        onCommit={patchOf('description')}
      />
      <SelectField
        wide
        label={t('inspector.general.owner')}
        value={fn.ownerPersonId}
        options={people}
        noneLabel={t('inspector.nobody')}
        onChange={patchOf('ownerPersonId')}
        field="ownerPersonId"
      />
      {people.length === 0 && (
        <p className="in-field-note in-span-2">{t('inspector.noPeopleYet')}</p>
      )}
    </div>
  );
});
