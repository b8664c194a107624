import { memo, useCallback } from 'react';
import { DEFAULT_MONTHLY_COST_PER_FTE_MINOR } from '../../../shared/catalog';
import {
  addRole,
  moveRole,
  removeRole,
  roleSchema,
  updateRole,
  type Role,
} from '../../../shared/model';
import { useT } from '../../state/workbench-context';
import { CheckboxField, SelectField } from '../../ui-kit/fields/choice-fields';
import { MoneyField, NumberField } from '../../ui-kit/fields/number-field';
import { TextField } from '../../ui-kit/fields/text-field';
import { ListEditor } from '../list-editor';
import { useEdit, useItemPatchOf, useSharingChangeOf, useSharingOptions } from '../use-inspector';
import { useMoneyUnits } from '../use-units';

/** Roles with FTE in halves, dedicated or shared, monthly cost per FTE, "answers requests". */
export const RolesList = memo(function RolesList(props: {
  readonly functionId: string;
  readonly roles: readonly Role[];
}) {
  const t = useT();
  const edit = useEdit();
  const units = useMoneyUnits();
  const { functionId } = props;
  const update = useCallback(
    (id: string, patch: Partial<Omit<Role, 'id'>>) =>
      edit((project) => updateRole(project, functionId, id, patch)),
    [edit, functionId],
  );
  const patchOf = useItemPatchOf(update);
  const sharingOf = useSharingChangeOf(update);
  const sharing = useSharingOptions();

  return (
    <ListEditor
      items={props.roles}
      keyOf={(role) => role.id}
      nameOf={(role, index) => role.title || t('inspector.human.roleNumber', { number: index + 1 })}
      idPrefix="role"
      field="roles"
      addLabel={t('inspector.human.addRole')}
      emptyText={t('inspector.human.noRoles')}
      emptyHint={t('inspector.human.noRolesHint')}
      onAdd={(id) =>
        edit((project) =>
          addRole(project, functionId, {
            id,
            title: '',
            fte: 1,
            // A typical cost in the project currency, so the run cost is known at once.
            costPerFteMonthlyMinor:
              DEFAULT_MONTHLY_COST_PER_FTE_MINOR[project.currency]?.specialist,
            dedicated: true,
            handlesRequests: false,
          }),
        )
      }
      onRemove={(id) => edit((project) => removeRole(project, functionId, id))}
      onMove={(id, to) => edit((project) => moveRole(project, functionId, id, to))}
      renderItem={(role) => (
        <div className="in-field-grid">
          <TextField
            wide
            label={t('inspector.human.roleTitle')}
            value={role.title}
            onCommit={patchOf(role.id)('title')}
          />
          <NumberField
            label={t('inspector.human.fte')}
            unit={t('inspector.unit.fte')}
            value={role.fte}
            schema={roleSchema.shape.fte}
            onCommit={patchOf(role.id)('fte')}
            field="roles.fte"
          />
          <MoneyField
            label={t('inspector.human.costPerFte')}
            unit={units.perMonth}
            value={role.costPerFteMonthlyMinor}
            schema={roleSchema.shape.costPerFteMonthlyMinor}
            onCommit={patchOf(role.id)('costPerFteMonthlyMinor')}
            field="roles.costPerFteMonthlyMinor"
          />
          <SelectField
            label={t('inspector.human.sharing')}
            value={role.dedicated ? 'dedicated' : 'shared'}
            options={sharing}
            onChange={sharingOf(role.id)}
          />
          <CheckboxField
            label={t('role.handlesRequests')}
            checked={role.handlesRequests}
            onChange={patchOf(role.id)('handlesRequests')}
          />
        </div>
      )}
    />
  );
});
