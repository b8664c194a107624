/** Projects that exercise the report: the samples, and the awkward cases a real user produces. */
import { readFile } from 'node:fs/promises';
import type { jsPDF } from 'jspdf';
import { createRequire } from 'node:module';
import type { Language } from '../../../shared/i18n/language';
import { createFunction } from '../../../shared/catalog';
import {
  addFunction,
  createBlankProject,
  createScenario,
  parseProjectFile,
  setRecommendedScenario,
  updateRole,
  type Project,
} from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import type { ReportFonts } from '../../../shared/report';

export const REPORT_DATE = '2027-02-15T09:30:00.000Z';

let fonts: Promise<ReportFonts> | undefined;

/** PT Sans from its npm package, read once per test file. */
export function testFonts(): Promise<ReportFonts> {
  const require = createRequire(import.meta.url);
  const read = async (face: string) =>
    new Uint8Array(await readFile(require.resolve(`@expo-google-fonts/pt-sans/${face}`)));
  fonts ??= Promise.all([
    read('400Regular/PTSans_400Regular.ttf'),
    read('700Bold/PTSans_700Bold.ttf'),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

/** The project, checked against the real schema so a fixture can never drift into nonsense. */
function valid(project: Project): Project {
  const parsed = parseProjectFile(JSON.parse(JSON.stringify(project)));
  if (!parsed.ok) throw new Error(`fixture is invalid: ${JSON.stringify(parsed.errors[0])}`);
  return parsed.project;
}

export const keyAccounts = (language: Language): Project => loadSample('key-accounts', language);
export const richSample = (language: Language): Project =>
  loadSample('specialised-sales', language);

export function blank(language: Language): Project {
  return valid(
    createBlankProject({ id: 'blank', name: 'Пустой проект', now: REPORT_DATE, language }),
  );
}

/** `count` functions: copies of the rich sample's functions, block after block on the canvas. */
export function manyFunctions(count: number, language: Language = 'ru'): Project {
  const base = richSample(language);
  const perBlock = base.functions.length;
  const blocks = Math.ceil(count / perBlock);
  const extent = Math.max(...base.functions.map((fn) => fn.position.x)) + 500;
  const height = Math.max(...base.functions.map((fn) => fn.position.y)) + 400;
  const functions = Array.from({ length: blocks }, (_, k) =>
    base.functions.map((fn) => ({
      ...fn,
      id: `${fn.id}-${k}`,
      name: `${fn.name} ${k + 1}`,
      groupId: fn.groupId === undefined ? undefined : `${fn.groupId}-${k}`,
      position: {
        x: fn.position.x + (k % 4) * extent,
        y: fn.position.y + Math.floor(k / 4) * height,
      },
    })),
  )
    .flat()
    .slice(0, count);
  const ids = new Set(functions.map((fn) => fn.id));
  return valid({
    ...base,
    name: `${base.name} — ${count}`,
    functions,
    groups: Array.from({ length: blocks }, (_, k) =>
      base.groups.map((group) => ({
        ...group,
        id: `${group.id}-${k}`,
        name: `${group.name} ${k + 1}`,
      })),
    ).flat(),
    links: Array.from({ length: blocks }, (_, k) =>
      base.links.map((link) => ({
        ...link,
        id: `${link.id}-${k}`,
        from: `${link.from}-${k}`,
        to: `${link.to}-${k}`,
      })),
    )
      .flat()
      .filter((link) => ids.has(link.from) && ids.has(link.to)),
  });
}

const LONG_WORDS = 'Стимулирование продаж ключевым клиентам в регионе '.repeat(6).slice(0, 200);
const LONG_WORD = 'Ж'.repeat(200);

/** Every name at its longest, some as one unbreakable word. */
export function longNames(language: Language): Project {
  const base = richSample(language);
  return valid({
    ...base,
    name: LONG_WORDS,
    company: LONG_WORD,
    author: LONG_WORDS,
    people: base.people.map((person, i) => ({ ...person, name: i % 2 ? LONG_WORD : LONG_WORDS })),
    groups: base.groups.map((group) => ({ ...group, name: LONG_WORDS })),
    links: base.links.map((link) => ({ ...link, label: LONG_WORDS })),
    functions: base.functions.map((fn, i) => ({
      ...fn,
      name: i % 2 ? LONG_WORD : LONG_WORDS,
      purpose: LONG_WORDS,
      steps: fn.steps.map((step) => ({ ...step, text: LONG_WORDS })),
      roles: fn.roles.map((role) => ({ ...role, title: LONG_WORD })),
      lines: fn.lines.map((line) => ({ ...line, purpose: LONG_WORD })),
      tools: fn.tools.map((tool) => ({ ...tool, name: LONG_WORDS })),
      kpis: fn.kpis.map((kpi) => ({
        ...kpi,
        metric: LONG_WORD,
        measurement: { ...kpi.measurement, source: LONG_WORDS },
        breach: { ...kpi.breach, action: LONG_WORDS },
      })),
    })),
  });
}

/** A design in progress: every optional field left empty, figures half entered. */
export function emptyFields(language: Language): Project {
  const base = blank(language);
  return valid({
    ...base,
    name: 'Черновик',
    functions: [
      {
        id: 'draft',
        typeId: 'custom',
        name: '',
        purpose: '',
        description: '',
        status: 'idea',
        position: { x: 0, y: 0 },
        steps: [],
        roles: [{ id: 'r', title: '', fte: 1.5, dedicated: false, handlesRequests: true }],
        assignments: [],
        lines: [{ id: 'l', number: '', purpose: '', dedicated: true }],
        tools: [{ id: 't', name: '', kind: 'other' }],
        kpis: [
          {
            id: 'k',
            kind: 'response-time',
            metric: '',
            comparator: 'le',
            target: 10,
            unit: 'minutes',
            measurement: { source: '', automated: false },
            breach: { action: '' },
          },
        ],
        financialGoal: {},
        demand: { requestsPerHour: 12 },
      },
      {
        id: 'draft-2',
        typeId: 'events',
        name: 'Мероприятия',
        purpose: '',
        description: '',
        status: 'idea',
        position: { x: 400, y: 0 },
        steps: [],
        roles: [],
        assignments: [],
        lines: [],
        tools: [],
        kpis: [],
        financialGoal: {
          baselineMonthlyRevenueMinor: 0,
          targetGrowthPercent: 10,
          grossMarginPercent: 0,
        },
      },
    ],
  });
}

/**
 * The key-accounts sample gone wrong: no owner, too few support staff for a heavier demand,
 * a growth target below break-even and a KPI nobody measures — errors the report must list.
 */
export function withProblems(language: Language): Project {
  const base = keyAccounts(language);
  const [fn, ...rest] = base.functions;
  if (!fn) throw new Error('the key-accounts sample has a function');
  return valid({
    ...base,
    functions: [
      {
        ...fn,
        ownerPersonId: undefined,
        roles: fn.roles.map((role) => (role.handlesRequests ? { ...role, fte: 0.5 } : role)),
        demand: fn.demand ? { ...fn.demand, requestsPerHour: 30 } : undefined,
        financialGoal: { ...fn.financialGoal, targetGrowthPercent: 2 },
        kpis: fn.kpis.map((kpi, i) =>
          i === 0 ? { ...kpi, measurement: { ...kpi.measurement, source: '' } } : kpi,
        ),
      },
      ...rest,
    ],
  });
}

/**
 * The key-accounts sample with a variant, recommended: technical support added, and one more FTE
 * for the key-account managers. The baseline keeps its catalog name (blank).
 */
export function withSupportVariant(language: Language): Project {
  let project = createScenario(keyAccounts(language), {
    id: 'support',
    name: language === 'ru' ? 'С техподдержкой' : 'With technical support',
    baselineName: '',
  });
  let next = 0;
  project = addFunction(
    project,
    createFunction({
      typeId: 'technical-support',
      id: 'fn-technical-support',
      position: { x: 480, y: 80 },
      language,
      currency: project.currency,
      newId: () => `support-${++next}`,
    }),
  );
  const role = project.functions.find((fn) => fn.id === 'fn-key-accounts')?.roles[0];
  if (!role) throw new Error('the sample has no key-account manager');
  project = updateRole(project, 'fn-key-accounts', role.id, { fte: role.fte + 1 });
  return setRecommendedScenario(project, 'support');
}

/**
 * Row `i`'s text colour, set twice (a tuned document skips the repeat); on row 4 also a blue set
 * inside a saved graphics state, with `inside` drawn there before the restore takes it back.
 */
export function colourRow(pdf: jsPDF, i: number, inside: () => void): void {
  pdf.setTextColor(i % 3 === 0 ? 200 : 30, 40, 50);
  pdf.setTextColor(i % 3 === 0 ? 200 : 30, 40, 50);
  if (i !== 4) return;
  pdf.saveGraphicsState();
  pdf.setTextColor(0, 0, 255);
  inside();
  pdf.restoreGraphicsState();
}
