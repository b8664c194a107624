import './inspector.css';
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { formatPercent } from '../../shared/i18n/format';
import {
  addPerson,
  planningPeriodSchema,
  projectSettingsSchema,
  removePerson,
  renameProject,
  updatePerson,
  updateProjectInfo,
  type Person,
  type Project,
  type ProjectInfoPatch,
} from '../../shared/model';
import { monthSchema } from '../../shared/model/primitives';
import { z } from 'zod';
import { useT, useWorkbenchState } from '../state/workbench-context';
import { PresentationOrderList } from './order-list';
import { useAnalysis } from '../state/derived';
import { SelectField } from '../ui-kit/fields/choice-fields';
import { NumberField } from '../ui-kit/fields/number-field';
import { TextField } from '../ui-kit/fields/text-field';
import { ListEditor } from './list-editor';
import { Section } from './section';
import { useEdit, useItemPatchOf, usePatchOf } from './use-inspector';
import { plainText } from '../../shared/display';

/**
 * Currencies offered. All have two minor digits, so switching between them keeps every stored
 * amount meaningful (amounts are not converted — the note under the field says so).
 */
const CURRENCIES = ['RUB', 'USD', 'EUR', 'KZT', 'BYN', 'UZS', 'CNY', 'GBP', 'CHF', 'AED'] as const;

const projectNameSchema = z.string().min(1).max(200);

/** The panel's sections, in order: the project's data, its people, the order of the slides. */
const PROJECT_SECTIONS: readonly {
  readonly id: string;
  readonly titleKey: MessageKey;
  readonly Body: () => ReactElement;
}[] = [
  { id: 'project', titleKey: 'inspector.project.title', Body: ProjectInfo },
  { id: 'people', titleKey: 'inspector.people.title', Body: PeopleList },
  { id: 'presentation', titleKey: 'present.order.title', Body: PresentationOrderList },
];

/** Project-wide data: name, company, author, currency, working hours, period, and the people. */
export function ProjectPanel() {
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(['project', 'people']));
  const onToggle = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <section
      className="inspector"
      aria-label={t('inspector.project.title')}
      data-testid="project-panel"
    >
      {PROJECT_SECTIONS.map(({ id, titleKey, Body }) => (
        <Section key={id} id={id} title={t(titleKey)} open={open.has(id)} onToggle={onToggle}>
          <Body />
        </Section>
      ))}
    </section>
  );
}

function ProjectInfo() {
  const t = useT();
  const edit = useEdit();
  const language = useWorkbenchState((state) => state.language);
  const name = useWorkbenchState((state) => state.project.name);
  const company = useWorkbenchState((state) => state.project.company);
  const author = useWorkbenchState((state) => state.project.author);
  const currency = useWorkbenchState((state) => state.project.currency);
  const period = useWorkbenchState((state) => state.project.planningPeriod);
  const hours = useWorkbenchState((state) => state.project.settings.contractedHoursPerWeek);
  // Each field gets a stable commit, so that an edit of one re-renders that field alone; the
  // period's parts are merged with the period as it is at the moment of the edit.
  const patch = useCallback(
    (change: ProjectInfoPatch) => edit((project) => updateProjectInfo(project, change)),
    [edit],
  );
  const patchOf = usePatchOf(patch);
  const rename = useCallback(
    (value: string) => edit((project) => renameProject(project, value)),
    [edit],
  );
  const periodOf = usePatchOf(
    useCallback(
      (change: Partial<Project['planningPeriod']>) =>
        edit((project) =>
          updateProjectInfo(project, { planningPeriod: { ...project.planningPeriod, ...change } }),
        ),
      [edit],
    ),
  );
  const setHours = useCallback(
    (contractedHoursPerWeek: number) => patch({ settings: { contractedHoursPerWeek } }),
    [patch],
  );

  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'currency' });
    const codes: readonly string[] = CURRENCIES.includes(currency as (typeof CURRENCIES)[number])
      ? CURRENCIES
      : [currency, ...CURRENCIES];
    return codes.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
  }, [language, currency]);

  return (
    <div className="in-field-grid">
      <TextField
        wide
        label={t('inspector.project.name')}
        value={name}
        schema={projectNameSchema}
        onCommit={rename}
      />
      <TextField
        label={t('inspector.project.company')}
        value={company}
        onCommit={patchOf('company')}
      />
      <TextField
        label={t('inspector.project.author')}
        value={author}
        onCommit={patchOf('author')}
      />
      <SelectField
        wide
        label={t('inspector.project.currency')}
        value={currency}
        options={currencies}
        onChange={patchOf('currency')}
      />
      <p className="in-field-note in-span-2">{t('inspector.project.currencyNote')}</p>
      <TextField
        label={t('inspector.project.start')}
        hint={t('inspector.project.startHint')}
        inputType="month"
        value={period.startMonth}
        schema={monthSchema}
        onCommit={periodOf('startMonth')}
      />
      <NumberField
        label={t('inspector.project.months')}
        unit={t('inspector.unit.months')}
        value={period.months}
        schema={planningPeriodSchema.shape.months}
        onCommit={periodOf('months')}
      />
      <NumberField
        label={t('inspector.project.hours')}
        hint={t('inspector.project.hoursHint')}
        unit={t('inspector.unit.hoursPerWeek')}
        value={hours}
        schema={projectSettingsSchema.shape.contractedHoursPerWeek}
        onCommit={setHours}
      />
    </div>
  );
}

function PeopleList() {
  const t = useT();
  const edit = useEdit();
  const language = useWorkbenchState((state) => state.language);
  const people = useWorkbenchState((state) => state.project.people);
  const loads = useAnalysis().people;
  const patchOf = useItemPatchOf(
    useCallback(
      (id: string, change: Partial<Pick<Person, 'name' | 'title'>>) =>
        edit((project) => updatePerson(project, id, change)),
      [edit],
    ),
  );

  return (
    <ListEditor
      items={people}
      keyOf={(person) => person.id}
      nameOf={(person, index) =>
        plainText(person.name).trim() || t('inspector.people.number', { number: index + 1 })
      }
      idPrefix="project-person"
      addLabel={t('inspector.people.add')}
      emptyText={t('inspector.people.empty')}
      emptyHint={t('inspector.people.emptyHint')}
      onAdd={(id) => edit((project) => addPerson(project, { id, name: '', title: '' }))}
      onRemove={(id) => edit((project) => removePerson(project, id))}
      renderItem={(person) => {
        const load = loads.find((entry) => entry.personId === person.id);
        const over = load !== undefined && load.allocationPercent > 100 + 1e-9;
        return (
          <div className="in-field-grid">
            <TextField
              label={t('inspector.people.name')}
              value={person.name}
              onCommit={patchOf(person.id)('name')}
            />
            <TextField
              label={t('inspector.people.role')}
              value={person.title}
              onCommit={patchOf(person.id)('title')}
            />
            <p className={`in-field-note in-span-2${over ? ' in-tone-error' : ''}`}>
              {load
                ? t(over ? 'inspector.human.loadOver' : 'inspector.human.load', {
                    total: formatPercent(language, load.allocationPercent / 100),
                    count: load.functionIds.length,
                  })
                : t('inspector.people.unassigned')}
            </p>
          </div>
        );
      }}
    />
  );
}
