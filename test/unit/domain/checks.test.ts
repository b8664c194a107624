import { describe, expect, it } from 'vitest';
import { analyzeProject } from '../../../shared/analysis';
import {
  CHECKS,
  checkMessage,
  normalizePhone,
  runChecks,
  type DesignCheck,
} from '../../../shared/checks';
import { placeholdersOf } from '../../../shared/i18n';
import { catalogs } from '../../../shared/i18n/all';
import {
  removeRole,
  updateFinancialGoal,
  updateFunction,
  updateKpi,
  updateRole,
  type Project,
  type SalesFunction,
} from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { fnFixture, projectFixture, defined } from './fixtures';

const checksOf = (project: Project) => runChecks(project, analyzeProject(project));
const ids = (project: Project) => checksOf(project).map((c) => c.id);
const find = (project: Project, id: DesignCheck['id']) =>
  checksOf(project).filter((c) => c.id === id);

const person = (id: string, name = id) => ({ id, name, title: '' });
const owned = { ownerPersonId: 'p' };
/** A function that passes every check on its own. */
const sound = (overrides: Partial<SalesFunction> = {}): SalesFunction =>
  fnFixture({
    ...owned,
    steps: [{ id: 's', text: 'Step' }],
    roles: [
      {
        id: 'r',
        title: 'R',
        fte: 1,
        costPerFteMonthlyMinor: 100_00,
        dedicated: true,
        handlesRequests: false,
      },
    ],
    kpis: [
      {
        id: 'k',
        kind: 'other',
        metric: 'Metric',
        comparator: 'ge',
        target: 1,
        unit: 'count',
        measurement: { source: 'CRM', automated: true },
        breach: { ownerPersonId: 'p', action: 'Act' },
      },
    ],
    financialGoal: {
      baselineMonthlyRevenueMinor: 10_000_00,
      targetGrowthPercent: 10,
      grossMarginPercent: 50,
      ownerPersonId: 'p',
    },
    ...overrides,
  });
const projectOf = (...functions: SalesFunction[]) =>
  projectFixture(functions, { people: [person('p')] });

describe('the samples', () => {
  it.each(['key-accounts', 'specialised-sales'] as const)('%s has no findings at all', (id) => {
    for (const language of ['ru', 'en'] as const)
      expect(checksOf(loadSample(id, language))).toEqual([]);
  });

  const sample = () => loadSample('key-accounts', 'en');

  it('removing the owner fires function.no-owner', () => {
    const project = updateFunction(sample(), 'fn-key-accounts', { ownerPersonId: undefined });
    expect(ids(project)).toEqual(['function.no-owner']);
  });

  it('removing the KPI measurement source fires kpi.no-source on that KPI', () => {
    const project = updateKpi(sample(), 'fn-key-accounts', 'k-response', {
      measurement: { source: ' ', frequency: 'realtime', automated: true },
    });
    expect(find(project, 'kpi.no-source').map((c) => c.target)).toEqual([
      { kind: 'kpi', id: 'k-response', functionId: 'fn-key-accounts' },
    ]);
  });

  it('removing one specialist fires staffing.short with the Erlang C requirement', () => {
    const project = updateRole(sample(), 'fn-key-accounts', 'r-support', { fte: 1 });
    const [short] = find(project, 'staffing.short');
    expect(short).toMatchObject({
      severity: 'error',
      target: { kind: 'kpi', id: 'k-response', functionId: 'fn-key-accounts' },
      // The sample staffs the busiest hour: 140 % of 2 requests an hour.
      params: {
        required: 2,
        assigned: 1,
        level: 95,
        target: { minutes: 15 },
        requests: 2.8,
        achieved: 0,
      },
    });
    expect(checkMessage(defined(short), 'en')).toContain(
      'needs 2 FTE answering requests and has 1',
    );
    expect(checkMessage(defined(short), 'ru')).toContain(
      'нужно ставок на обращениях: 2, а есть: 1',
    );
  });

  it('removing the whole support role also fires it (nobody answers)', () => {
    const project = removeRole(sample(), 'fn-key-accounts', 'r-support');
    expect(find(project, 'staffing.short')[0]?.params).toMatchObject({ required: 2, assigned: 0 });
  });
});

describe('each check', () => {
  it('function.job-title-only: staff, but no steps and no KPIs', () => {
    expect(ids(projectOf(sound({ steps: [], kpis: [] })))).toContain('function.job-title-only');
    expect(ids(projectOf(sound({ steps: [] })))).not.toContain('function.job-title-only');
    expect(ids(projectOf(sound({ kpis: [] })))).not.toContain('function.job-title-only');
    expect(ids(projectOf(sound({ roles: [], steps: [], kpis: [] })))).not.toContain(
      'function.job-title-only',
    );
  });

  it('function.no-owner also when the owner is not in the people list', () => {
    expect(ids(projectFixture([sound()]))).toContain('function.no-owner');
  });

  it('kpi.no-breach-owner', () => {
    const fn = sound();
    const kpi = { ...defined(fn.kpis[0]), breach: { action: 'Act' } };
    expect(find(projectOf({ ...fn, kpis: [kpi] }), 'kpi.no-breach-owner')).toHaveLength(1);
  });

  it('function.does-not-pay names the target and the break-even', () => {
    // Run cost 100 ₽ against 10 000 ₽ × 50 % margin: break-even 2 %.
    const project = projectOf(
      sound({ financialGoal: { ...sound().financialGoal, targetGrowthPercent: 1.5 } }),
    );
    const [check] = find(project, 'function.does-not-pay');
    expect(check?.params).toMatchObject({ target: 1.5, breakEven: 2 });
    expect(checkMessage(defined(check), 'en')).toContain(
      '1.5% is below the break-even growth of 2%',
    );
    // A percent reads as the display formats it: no space in English, a no-break space in Russian.
    expect(checkMessage(defined(check), 'ru')).toContain('1,5\u00a0%');
  });

  it('function.cannot-pay with zero margin', () => {
    const project = updateFinancialGoal(projectOf(sound()), 'fn-1', { grossMarginPercent: 0 });
    expect(ids(project)).toEqual(['function.cannot-pay']);
  });

  it('function.no-financial-goal, financial-incomplete and financial-no-owner', () => {
    expect(ids(projectOf(sound({ financialGoal: {} })))).toEqual(['function.no-financial-goal']);
    expect(
      ids(projectOf(sound({ financialGoal: { targetGrowthPercent: 5, ownerPersonId: 'p' } }))),
    ).toEqual(['function.financial-incomplete']);
    const noOwner = updateFinancialGoal(projectOf(sound()), 'fn-1', { ownerPersonId: undefined });
    expect(ids(noOwner)).toEqual(['function.financial-no-owner']);
  });

  it('each empty cost field is a finding that points at that field', () => {
    const project = projectOf(
      sound({
        roles: [
          {
            id: 'r',
            title: 'R',
            fte: 1,
            dedicated: true,
            handlesRequests: false,
          },
        ],
        lines: [{ id: 'l', number: '1', purpose: '', dedicated: true }],
        tools: [{ id: 't', name: 'CRM', kind: 'crm', monthlyCostMinor: 100 }],
      }),
    );
    expect(checksOf(project).map((c) => [c.id, c.target.kind, c.target.id, c.field])).toEqual([
      ['role.no-cost', 'role', 'r', 'roles.costPerFteMonthlyMinor'],
      ['line.no-cost', 'line', 'l', 'lines.monthlyCostMinor'],
      ['tool.no-one-off-cost', 'tool', 't', 'tools.oneOffCostMinor'],
    ]);
  });

  it('named people without roles are staff: headcount counts them, their cost is unknown', () => {
    const project = projectOf(
      fnFixture({
        ...owned,
        assignments: [
          { personId: 'p', allocationPercent: 100 },
          { personId: 'q', allocationPercent: 100 },
        ],
        financialGoal: sound().financialGoal,
      }),
    );
    const withPeople = { ...project, people: [person('p', 'Pat'), person('q', 'Quinn')] };
    const analysis = defined(analyzeProject(withPeople).functions[0]);
    expect(analysis.human.fte).toBe(2);
    expect(analysis.costs.runMonthlyMinor).toBeUndefined();
    expect(analysis.financial.pays).toBe('unknown');
    const found = checksOf(withPeople);
    expect(found.map((c) => c.id)).toEqual([
      'function.job-title-only',
      'person.no-role',
      'person.no-role',
    ]);
    expect(found[1]?.target).toEqual({ kind: 'person', id: 'p', functionId: 'fn-1' });
    expect(checkMessage(defined(found[1]), 'en')).toContain(
      'Pat works in “Function” without a role',
    );
  });

  it('function.not-linked is a note, and only when there is something to link to', () => {
    expect(ids(projectOf(sound()))).toEqual([]);
    const two = projectOf(sound(), sound({ id: 'fn-2' }));
    expect(find(two, 'function.not-linked').map((c) => [c.severity, c.target.id])).toEqual([
      ['info', 'fn-1'],
      ['info', 'fn-2'],
    ]);
    const linked = {
      ...two,
      links: [{ id: 'l', from: 'fn-1', to: 'fn-2', kind: 'handoff' as const, label: '' }],
    };
    expect(ids(linked)).toEqual([]);
  });

  const responseKpi = {
    id: 'rt',
    kind: 'response-time' as const,
    metric: 'Answer',
    comparator: 'le' as const,
    target: 15,
    unit: 'minutes' as const,
    measurement: { source: 'Phone', automated: true },
    breach: { ownerPersonId: 'p', action: 'Act' },
  };

  it('kpi.no-demand for a response-time KPI without complete demand', () => {
    expect(ids(projectOf(sound({ kpis: [responseKpi] })))).toEqual(['kpi.no-demand']);
    expect(ids(projectOf(sound({ kpis: [responseKpi], demand: { requestsPerHour: 3 } })))).toEqual([
      'kpi.no-demand',
    ]);
  });

  it('kpi.target-mismatch when the KPI and the demand promise different times', () => {
    const demand = {
      requestsPerHour: 0,
      averageHandlingMinutes: 5,
      targetAnswerMinutes: 30,
      serviceLevelPercent: 90,
      shrinkagePercent: 0,
      coverageHoursPerWeek: 40,
      peakHourPercent: 100,
    };
    const [check] = find(projectOf(sound({ kpis: [responseKpi], demand })), 'kpi.target-mismatch');
    expect(check?.params).toMatchObject({
      kpiTarget: { minutes: 15 },
      demandTarget: { minutes: 30 },
    });
    const hours = { ...responseKpi, target: 0.5, unit: 'hours' as const };
    expect(ids(projectOf(sound({ kpis: [hours], demand })))).toEqual([]);
  });

  it('staffing.short points at the function when there is no response-time KPI', () => {
    const demand = {
      requestsPerHour: 200,
      averageHandlingMinutes: 3,
      targetAnswerMinutes: 20 / 60,
      serviceLevelPercent: 80,
      shrinkagePercent: 0,
      coverageHoursPerWeek: 40,
    };
    const [check] = find(projectOf(sound({ demand })), 'staffing.short');
    expect(check).toMatchObject({
      target: { kind: 'function', id: 'fn-1' },
      params: { required: 14, assigned: 0 },
    });
  });

  it('staffing.short with a busiest hour quotes that hour’s requests, and says so', () => {
    const demand = {
      requestsPerHour: 200,
      averageHandlingMinutes: 3,
      targetAnswerMinutes: 20 / 60,
      serviceLevelPercent: 80,
      shrinkagePercent: 0,
      coverageHoursPerWeek: 40,
      peakHourPercent: 150,
    };
    const [check] = find(projectOf(sound({ demand })), 'staffing.short');
    // 300 requests in the busiest hour: the 19 agents (19 FTE) are that hour's, not the 14 of
    // the average hour's 200 requests.
    expect(check).toMatchObject({
      messageKey: 'check.staffing.short.peak',
      params: { requests: 300, required: 19, assigned: 0 },
    });
    expect(checkMessage(defined(check), 'en')).toContain(
      'within 20 s in its busiest hour, the hour its staff is sized for: at 300 requests in that hour it needs 19 FTE',
    );
    expect(checkMessage(defined(check), 'ru')).toContain('за 20 с в самый загруженный час');
    expect(checkMessage(defined(check), 'ru')).toContain(
      'в самый загруженный час, на который рассчитан штат. Нагрузка в этот час — обращений: 300;',
    );
    const [average] = find(
      projectOf(sound({ demand: { ...demand, peakHourPercent: undefined } })),
      'staffing.short',
    );
    expect(average).toMatchObject({
      messageKey: 'check.staffing.short',
      params: { requests: 200, required: 14 },
    });
    expect(checkMessage(defined(average), 'en')).toContain('at 200 requests per hour it needs 14');
    expect(placeholdersOf(catalogs.ru['check.staffing.short.peak'])).toEqual(
      placeholdersOf(catalogs.en['check.staffing.short.peak']),
    );
    expect(placeholdersOf(catalogs.en['check.staffing.short.peak'])).toEqual(
      placeholdersOf(catalogs.en['check.staffing.short']),
    );
  });

  const line = (id: string, number: string, dedicated: boolean) => ({
    id,
    number,
    purpose: '',
    dedicated,
    monthlyCostMinor: 0,
  });

  it('line.dedicated-shared: a dedicated number also used by another function', () => {
    const project = projectOf(
      sound({ lines: [line('a', '+7 (495) 000-12-34', true)] }),
      sound({ id: 'fn-2', name: 'Support', lines: [line('b', '84950001234', false)] }),
    );
    const found = find(project, 'line.dedicated-shared');
    expect(found.map((c) => [c.target, c.params.functions])).toEqual([
      [{ kind: 'line', id: 'a', functionId: 'fn-1' }, ['Support']],
    ]);
    expect(checkMessage(defined(found[0]), 'en')).toContain('is also used by “Support”.');
    const bothShared = projectOf(
      sound({ lines: [line('a', '+74950001234', false)] }),
      sound({ id: 'fn-2', lines: [line('b', '84950001234', false)] }),
    );
    expect(find(bothShared, 'line.dedicated-shared')).toEqual([]);
  });

  it('line.duplicate-number: the same number twice in one function', () => {
    const project = projectOf(
      sound({ lines: [line('a', '+7 495 000-12-34', false), line('b', '74950001234', false)] }),
    );
    expect(find(project, 'line.duplicate-number').map((c) => c.target.id)).toEqual(['b']);
    expect(ids(projectOf(sound({ lines: [line('a', '', false), line('b', ' ', false)] })))).toEqual(
      [],
    );
  });

  it('person.over-allocated: a shared person above 100 % across functions', () => {
    const allocate = (percent: number) => ({
      // A role shared with other work: the person may work elsewhere too.
      roles: [{ ...defined(sound().roles[0]), dedicated: false }],
      assignments: [{ personId: 'q', roleId: 'r', allocationPercent: percent }],
    });
    const people = [person('p'), person('q', 'Olga')];
    const over = projectFixture(
      [
        sound({ name: 'Sales', ...allocate(60) }),
        sound({ id: 'fn-2', name: 'Support', ...allocate(50) }),
      ],
      { people, links: [{ id: 'l', from: 'fn-1', to: 'fn-2', kind: 'support', label: '' }] },
    );
    const [check] = find(over, 'person.over-allocated');
    expect(check).toMatchObject({
      target: { kind: 'person', id: 'q' },
      params: { person: 'Olga', total: 110, functions: ['Sales', 'Support'] },
    });
    expect(checkMessage(defined(check), 'en')).toBe(
      'Olga is allocated 110% across “Sales” and “Support”. Bring the allocations down to 100% or assign someone else.',
    );
    expect(checkMessage(defined(check), 'ru')).toContain('в функциях «Sales» и «Support»');
    const exactly = projectFixture([sound(allocate(50)), sound({ id: 'fn-2', ...allocate(50) })], {
      people,
      links: over.links,
    });
    expect(ids(exactly)).toEqual([]);
  });

  it('names four functions of a list, and counts the rest from five on', () => {
    const noKpi = projectOf(sound({ kpis: [] }));
    const listing = (names: readonly string[]): DesignCheck => ({
      ...defined(find(noKpi, 'function.no-kpi')[0]),
      id: 'person.over-allocated',
      messageKey: 'check.person.over-allocated',
      params: { person: 'Olga', total: 300, functions: names },
    });
    const four = ['A', 'B', 'C', 'D'];
    expect(checkMessage(listing(four), 'en')).toContain('across “A”, “B”, “C” and “D”.');
    const many = Array.from({ length: 167 }, (_, i) => `F${i + 1}`);
    expect(checkMessage(listing(many), 'en')).toContain('across “F1”, “F2”, “F3” and 164 more.');
    expect(checkMessage(listing(many), 'ru')).toContain('в функциях «F1», «F2», «F3» и ещё 164.');
    expect(checkMessage(listing([...four, 'E']), 'en')).toContain('“A”, “B”, “C” and 2 more.');
  });
});

describe('the method: measured, controlled, consistent', () => {
  const kpi = defined(sound().kpis[0]);
  const withKpi = (patch: Partial<typeof kpi>) =>
    projectOf(sound({ kpis: [{ ...kpi, ...patch }] }));
  const demand = {
    requestsPerHour: 1,
    averageHandlingMinutes: 1,
    targetAnswerMinutes: 15,
    serviceLevelPercent: 80,
    shrinkagePercent: 0,
    coverageHoursPerWeek: 50,
  };

  it('function.no-kpi: staff and steps but nothing measured', () => {
    const found = find(projectOf(sound({ kpis: [] })), 'function.no-kpi');
    expect(found.map((c) => [c.target.id, c.field])).toEqual([['fn-1', 'kpis']]);
    // Without steps it is the stronger finding, not both.
    expect(ids(projectOf(sound({ kpis: [], steps: [] })))).toEqual(['function.job-title-only']);
  });

  it('kpi.manual-tracking: a response time measured by hand', () => {
    const manual = {
      kind: 'response-time' as const,
      measurement: { source: 'Log', automated: false },
    };
    expect(find(withKpi(manual), 'kpi.manual-tracking').map((c) => [c.target.id, c.field])).toEqual(
      [['k', 'kpis.measurement.automated']],
    );
    // Other KPIs may be counted by hand.
    expect(
      find(withKpi({ measurement: { source: 'Log', automated: false } }), 'kpi.manual-tracking'),
    ).toEqual([]);
  });

  it('kpi.no-breach-action: someone reacts, but how is not said', () => {
    const [found] = find(
      withKpi({ breach: { ownerPersonId: 'p', action: ' ' } }),
      'kpi.no-breach-action',
    );
    expect(found?.field).toBe('kpis.breach.action');
    expect(checkMessage(defined(found), 'en')).toMatch(/^p reacts when KPI “Metric”/);
    // Without an owner the finding is the missing owner, once.
    expect(ids(withKpi({ breach: { action: '' } }))).toEqual(['kpi.no-breach-owner']);
  });

  it('kpi.growth-mismatch: the growth KPI and the financial goal differ', () => {
    const growth = { kind: 'sales-growth' as const, unit: 'percent' as const, target: 20 };
    const [found] = find(withKpi(growth), 'kpi.growth-mismatch');
    expect(found?.params).toMatchObject({ kpiTarget: 20, goal: 10 });
    expect(checkMessage(defined(found), 'ru')).toContain(
      'задан как 20\u00a0%, а финансовая цель — 10\u00a0%',
    );
    expect(ids(withKpi({ ...growth, target: 10 }))).toEqual([]);
  });

  it('role.shared-agents: request-handling staff shared with other work', () => {
    const role = { ...defined(sound().roles[0]), handlesRequests: true, dedicated: false };
    const project = projectOf(sound({ roles: [role], demand }));
    expect(find(project, 'role.shared-agents').map((c) => [c.target, c.field])).toEqual([
      [{ kind: 'role', id: 'r', functionId: 'fn-1' }, 'assignments'],
    ]);
    expect(find(projectOf(sound({ roles: [role] })), 'role.shared-agents')).toEqual([]);
    // Named people: the staffing counts their allocation, nothing left to warn about.
    const named = sound({
      roles: [role],
      demand,
      assignments: [{ personId: 'p', roleId: 'r', allocationPercent: 40 }],
    });
    expect(find(projectOf(named), 'role.shared-agents')).toEqual([]);
  });

  it('demand.no-peak: complete demand staffed for the average hour', () => {
    const found = find(projectOf(sound({ demand })), 'demand.no-peak');
    expect(found.map((c) => [c.target, c.field, c.severity])).toEqual([
      [{ kind: 'function', id: 'fn-1' }, 'demand.peakHourPercent', 'info'],
    ]);
    expect(checkMessage(defined(found[0]), 'en')).toContain('sized for the average hour');
    const peak = { ...demand, peakHourPercent: 120 };
    expect(find(projectOf(sound({ demand: peak })), 'demand.no-peak')).toEqual([]);
    expect(find(projectOf(sound({ demand: { requestsPerHour: 3 } })), 'demand.no-peak')).toEqual(
      [],
    );
  });

  it('line.coverage-short: the line closes before requests stop being answered', () => {
    const line = { id: 'l', number: '1', purpose: '', dedicated: true, monthlyCostMinor: 0 };
    const short = projectOf(sound({ demand, lines: [{ ...line, coverageHoursPerWeek: 40 }] }));
    const [found] = find(short, 'line.coverage-short');
    expect([found?.target.id, found?.field]).toEqual(['l', 'lines.coverageHoursPerWeek']);
    expect(checkMessage(defined(found), 'en')).toContain(
      'open 40 h a week, but requests are answered 50 h',
    );
    const enough = projectOf(sound({ demand, lines: [{ ...line, coverageHoursPerWeek: 50 }] }));
    expect(find(enough, 'line.coverage-short')).toEqual([]);
  });

  it('person.dedicated-elsewhere: a dedicated role’s person also works in another function', () => {
    const assignment = { personId: 'p', roleId: 'r', allocationPercent: 50 };
    const project = projectFixture(
      [
        sound({ name: 'Key accounts', assignments: [assignment] }),
        sound({
          id: 'fn-2',
          name: 'Events',
          roles: [{ ...defined(sound().roles[0]), dedicated: false }],
          assignments: [assignment],
        }),
      ],
      {
        people: [person('p', 'Anna')],
        links: [{ id: 'l', from: 'fn-1', to: 'fn-2', kind: 'support', label: '' }],
      },
    );
    const found = find(project, 'person.dedicated-elsewhere');
    expect(found.map((c) => [c.target, c.field])).toEqual([
      [{ kind: 'person', id: 'p', functionId: 'fn-1' }, 'assignments.roleId'],
    ]);
    expect(checkMessage(defined(found[0]), 'en')).toBe(
      'Anna holds the dedicated role “R” in “Key accounts” but also works in “Events”. Free them from the other work, or mark the role as shared.',
    );
  });
});

describe('check catalogue', () => {
  it('every check has a message in both languages with the same placeholders', () => {
    for (const id of Object.keys(CHECKS)) {
      const key = `check.${id}` as keyof typeof catalogs.en;
      expect(catalogs.en[key], id).toBeTruthy();
      expect(placeholdersOf(catalogs.ru[key])).toEqual(placeholdersOf(catalogs.en[key]));
    }
  });

  it('errors come first, then warnings, then notes', () => {
    const project = projectOf(
      sound({ ownerPersonId: undefined, financialGoal: {} }),
      sound({ id: 'fn-2' }),
    );
    const severities = checksOf(project).map((c) => c.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(severities[0]).toBe('error');
  });

  it('an empty name is labelled, not shown as empty quotes', () => {
    const [check] = checksOf(projectFixture([sound({ name: '' })]));
    expect(checkMessage(defined(check), 'en')).toContain('“untitled”');
    expect(checkMessage(defined(check), 'ru')).toContain('«без названия»');
  });

  it('normalises phone numbers to digits', () => {
    expect(normalizePhone('+7 (495) 000-12-34')).toBe('74950001234');
    expect(normalizePhone('8 495 000 12 34')).toBe('74950001234');
    expect(normalizePhone('ext. 12')).toBe('12');
  });
});
