import type { Project } from './schema';

/**
 * Scenarios: the baseline (the sales system as it is, possibly empty) and named variants of a
 * design, in one project.
 *
 * In memory the project's top level always holds the design on the canvas — the active
 * scenario's — so every view, operation and analysis works on a plain project as before, and an
 * edit in a variant is an ordinary edit. The other scenarios keep their designs in `scenarios`.
 * Designs share every unchanged object with the one they were made from (structural sharing),
 * so a variant costs what it changes, in memory, in the undo history and in the analysis caches
 * (keyed by function object). Switching is an edit too, so undo walks back across switches and
 * the user always sees the scenario an undo changes. The file stores variants as differences
 * from the baseline (see docs/file-format.md).
 */

/** The parts of a project that differ between scenarios; the rest (name, currency, period, settings) is shared. */
export interface Design {
  readonly functions: Project['functions'];
  readonly links: Project['links'];
  readonly groups: Project['groups'];
  readonly people: Project['people'];
  readonly presentationOrder?: Project['presentationOrder'];
}

export interface Scenario {
  readonly id: string;
  readonly name: string;
  /** The variant leadership is asked to approve; at most one scenario carries it. */
  readonly recommended?: true;
  /** Absent exactly for the active scenario, whose design is the project's top level. */
  readonly design?: Design;
}

export interface ScenarioSet {
  readonly activeId: string;
  /** The baseline first, then the variants in the order they were made. */
  readonly list: readonly Scenario[];
}

/** The id of the baseline scenario. */
export const BASELINE_SCENARIO_ID = 'baseline';

const DESIGN_KEYS = ['functions', 'links', 'groups', 'people', 'presentationOrder'] as const;

/** The design on the canvas. */
export function designOfProject(project: Project): Design {
  const design = {
    functions: project.functions,
    links: project.links,
    groups: project.groups,
    people: project.people,
  };
  return project.presentationOrder === undefined
    ? design
    : { ...design, presentationOrder: project.presentationOrder };
}

/** The project with `design` on its top level (an absent presentation order stays absent). */
function withDesign(project: Project, design: Design): Project {
  const shared = { ...project };
  delete shared.presentationOrder;
  return { ...shared, ...design };
}

/** The scenarios of a project; a project that never had any has the baseline alone. */
export function scenarioSetOf(project: Project, baselineName = ''): ScenarioSet {
  return (
    project.scenarios ?? {
      activeId: BASELINE_SCENARIO_ID,
      list: [{ id: BASELINE_SCENARIO_ID, name: baselineName }],
    }
  );
}

export function activeScenarioId(project: Project): string {
  return project.scenarios?.activeId ?? BASELINE_SCENARIO_ID;
}

export function findScenario(project: Project, scenarioId: string): Scenario | undefined {
  return scenarioSetOf(project).list.find((scenario) => scenario.id === scenarioId);
}

/**
 * The scenario a user means by `key`: its id, or its name (case and surrounding spaces aside);
 * the baseline also by `baselineName`, the name shown while it has none of its own.
 */
export function scenarioByKey(
  set: ScenarioSet,
  key: string,
  baselineName: string,
): Scenario | undefined {
  const wanted = key.trim().toLocaleLowerCase();
  const named = (scenario: Scenario) =>
    (scenario.name === '' && scenario.id === BASELINE_SCENARIO_ID ? baselineName : scenario.name)
      .trim()
      .toLocaleLowerCase();
  return (
    set.list.find((scenario) => scenario.id === key) ??
    set.list.find((scenario) => named(scenario) === wanted)
  );
}

/** A scenario's design, whether it is on the canvas or stored aside. */
export function designOf(project: Project, scenarioId: string): Design | undefined {
  if (scenarioId === activeScenarioId(project)) return designOfProject(project);
  return findScenario(project, scenarioId)?.design;
}

/**
 * A scenario as a plain project (no `scenarios`), for analysis, checks and the report. The active
 * scenario gives the project itself, so its cached evaluation is reused; another gives the same
 * object while neither its design nor the shared fields changed.
 */
export function scenarioProject(project: Project, scenarioId: string): Project | undefined {
  if (scenarioId === activeScenarioId(project)) return project;
  const design = findScenario(project, scenarioId)?.design;
  if (!design) return undefined;
  const cached = flatProjects.get(design);
  if (cached && sameSharedFields(cached, project)) return cached;
  const flat = withDesign(project, design);
  delete flat.scenarios;
  flatProjects.set(design, flat);
  return flat;
}

const flatProjects = new WeakMap<Design, Project>();

function sameSharedFields(flat: Project, project: Project): boolean {
  for (const key of Object.keys(project) as (keyof Project)[]) {
    if (key === 'scenarios' || (DESIGN_KEYS as readonly string[]).includes(key)) continue;
    if (flat[key] !== project[key]) return false;
  }
  return true;
}

export interface NewScenario {
  readonly id: string;
  readonly name: string;
  /** The scenario to copy; the active one when absent. */
  readonly fromId?: string;
  /** The baseline's name, when this is the project's first variant (from the UI's catalog). */
  readonly baselineName: string;
}

/** Adds a variant copied from another scenario and puts it on the canvas. */
export function createScenario(project: Project, init: NewScenario): Project {
  const set = scenarioSetOf(project, init.baselineName);
  if (set.list.some((scenario) => scenario.id === init.id)) return project;
  const source = designOf(project, init.fromId ?? set.activeId);
  if (!source) return project;
  const withNew: Project = {
    ...project,
    scenarios: { ...set, list: [...set.list, { id: init.id, name: init.name, design: source }] },
  };
  return switchScenario(withNew, init.id);
}

/** Puts another scenario on the canvas; the one that was there keeps its design aside. */
export function switchScenario(project: Project, scenarioId: string): Project {
  const set = project.scenarios;
  if (!set || set.activeId === scenarioId) return project;
  const target = set.list.find((scenario) => scenario.id === scenarioId)?.design;
  if (!target) return project;
  const current = designOfProject(project);
  const list = set.list.map((scenario) => {
    if (scenario.id === set.activeId) return { ...scenario, design: current };
    if (scenario.id !== scenarioId) return scenario;
    const onCanvas = { ...scenario };
    delete onCanvas.design;
    return onCanvas;
  });
  return { ...withDesign(project, target), scenarios: { activeId: scenarioId, list } };
}

function mapScenario(
  project: Project,
  scenarioId: string,
  update: (scenario: Scenario) => Scenario,
): Project {
  const set = project.scenarios;
  if (!set) return project;
  let changed = false;
  const list = set.list.map((scenario) => {
    if (scenario.id !== scenarioId) return scenario;
    const next = update(scenario);
    changed ||= next !== scenario;
    return next;
  });
  return changed ? { ...project, scenarios: { ...set, list } } : project;
}

export function renameScenario(project: Project, scenarioId: string, name: string): Project {
  return mapScenario(project, scenarioId, (scenario) =>
    scenario.name === name ? scenario : { ...scenario, name },
  );
}

/** Marks one scenario as the recommended one (undefined: none); at most one is. */
export function setRecommendedScenario(project: Project, scenarioId: string | undefined): Project {
  const set = project.scenarios;
  if (!set) return project;
  const list = set.list.map((scenario): Scenario => {
    const wanted = scenario.id === scenarioId;
    if (wanted === (scenario.recommended === true)) return scenario;
    if (wanted) return { ...scenario, recommended: true };
    const plain = { ...scenario };
    delete plain.recommended;
    return plain;
  });
  return list.every((scenario, index) => scenario === set.list[index])
    ? project
    : { ...project, scenarios: { ...set, list } };
}

/**
 * Removes a variant; the baseline stays. Removing the one on the canvas puts the baseline there.
 */
export function deleteScenario(project: Project, scenarioId: string): Project {
  const set = project.scenarios;
  if (!set || scenarioId === BASELINE_SCENARIO_ID) return project;
  if (!set.list.some((scenario) => scenario.id === scenarioId)) return project;
  const moved =
    set.activeId === scenarioId ? switchScenario(project, BASELINE_SCENARIO_ID) : project;
  const rest = moved.scenarios ?? set;
  return {
    ...moved,
    scenarios: { ...rest, list: rest.list.filter((scenario) => scenario.id !== scenarioId) },
  };
}
