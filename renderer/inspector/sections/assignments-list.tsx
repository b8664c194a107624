import { memo, useCallback, useMemo } from 'react';
import {
  assignmentSchema,
  assignPerson,
  unassignPerson,
  updateAssignment,
  type Assignment,
  type Role,
} from '../../../shared/model';
import { formatPercent } from '../../../shared/i18n/format';
import { useT, useWorkbenchState } from '../../state/workbench-context';
import { analysisOf, useAnalysis } from '../../state/derived';
import { SelectField } from '../../ui-kit/fields/choice-fields';
import { NumberField } from '../../ui-kit/fields/number-field';
import { ListEditor } from '../list-editor';
import { useEdit, useItemPatchOf, usePeopleOptions } from '../use-inspector';

/**
 * Named people from the project's people list working in the function, each with an allocation
 * and their total load across all functions (one person may be shared).
 */
export const AssignmentsList = memo(function AssignmentsList(props: {
  readonly functionId: string;
  readonly assignments: readonly Assignment[];
  readonly roles: readonly Role[];
}) {
  const t = useT();
  const edit = useEdit();
  const language = useWorkbenchState((state) => state.language);
  const people = usePeopleOptions();
  const loads = useAnalysis().people;
  const { functionId, assignments } = props;

  const nameOf = (personId: string) =>
    people.find((person) => person.value === personId)?.label ?? t('inspector.person.unnamed');
  const loadOf = (personId: string) => loads.find((load) => load.personId === personId);
  // Kept while the roles' names are the same (not on an edit of a role's headcount or cost),
  // so the memoised role selects do not re-render.
  const roleNames = JSON.stringify(
    props.roles.map((role, index) => [
      role.id,
      role.title || t('inspector.human.roleNumber', { number: index + 1 }),
    ]),
  );
  const roleOptions = useMemo(
    () => (JSON.parse(roleNames) as [string, string][]).map(([value, label]) => ({ value, label })),
    [roleNames],
  );
  const free = useMemo(
    () => people.filter((person) => !assignments.some((a) => a.personId === person.value)),
    [people, assignments],
  );

  const assign = useCallback(
    (personId: string | undefined) => {
      if (personId === undefined) return;
      edit((project) => {
        // Offer what the person has left; someone already fully loaded starts at 100 % and is
        // flagged.
        const used =
          analysisOf(project).people.find((load) => load.personId === personId)
            ?.allocationPercent ?? 0;
        const allocationPercent = used > 0 && used < 100 ? 100 - used : 100;
        return assignPerson(project, functionId, { personId, allocationPercent });
      });
    },
    [edit, functionId],
  );
  const patchOf = useItemPatchOf(
    useCallback(
      (personId: string, change: Partial<Omit<Assignment, 'personId'>>) =>
        edit((project) => updateAssignment(project, functionId, personId, change)),
      [edit, functionId],
    ),
  );

  return (
    <ListEditor
      items={assignments}
      keyOf={(assignment) => assignment.personId}
      nameOf={(assignment) => nameOf(assignment.personId)}
      idPrefix="person"
      field="assignments"
      addLabel={t('inspector.human.assign')}
      emptyText={
        people.length === 0 ? t('inspector.noPeopleYet') : t('inspector.human.noAssignments')
      }
      emptyHint={people.length === 0 ? t('inspector.noPeopleYet.hint') : undefined}
      onRemove={(personId) => edit((project) => unassignPerson(project, functionId, personId))}
      adder={
        free.length > 0 && (
          <SelectField
            key={assignments.length}
            label={t('inspector.human.assign')}
            value={undefined}
            options={free}
            noneLabel={t('inspector.human.choosePerson')}
            onChange={assign}
          />
        )
      }
      renderItem={(assignment) => {
        const load = loadOf(assignment.personId);
        const total = load?.allocationPercent ?? assignment.allocationPercent;
        const over = total > 100 + 1e-9;
        return (
          <div className="in-field-grid">
            <SelectField
              label={t('inspector.human.personRole')}
              value={assignment.roleId}
              options={roleOptions}
              noneLabel={t('inspector.human.noRole')}
              field="assignments.roleId"
              onChange={patchOf(assignment.personId)('roleId')}
            />
            <NumberField
              label={t('inspector.human.allocation')}
              unit={t('unit.percent')}
              value={assignment.allocationPercent}
              schema={assignmentSchema.shape.allocationPercent}
              onCommit={patchOf(assignment.personId)('allocationPercent')}
            />
            <p className={`in-field-note in-span-2${over ? ' in-tone-error' : ''}`}>
              {t(over ? 'inspector.human.loadOver' : 'inspector.human.load', {
                total: formatPercent(language, total / 100),
                count: load?.functionIds.length ?? 1,
              })}
            </p>
          </div>
        );
      }}
    />
  );
});
