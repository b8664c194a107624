import { z } from 'zod';
import { LANGUAGES } from '../i18n/language';
import { checkIntegrity } from './integrity';
import { checkScenarioList, MAX_SCENARIOS, scenarioLabel } from './scenario-rules';
import {
  costPerFteMinorSchema,
  currencySchema,
  idSchema,
  longTextSchema,
  moneyMinorSchema,
  monthSchema,
  percentSchema,
  shortTextSchema,
  timestampSchema,
} from './primitives';
import type { ScenarioSet } from './scenarios';
import { CURRENT_SCHEMA_VERSION } from './version';
import {
  COMPARATORS,
  FREQUENCIES,
  FUNCTION_STATUSES,
  FUNCTION_TYPE_IDS,
  KPI_KINDS,
  KPI_UNITS,
  LINK_KINDS,
  TOOL_KINDS,
} from './vocabulary';

export * from './vocabulary';

/** FTE in halves: 0.5, 1, 1.5 … */
export const fteSchema = z.number().min(0.5).max(10_000).multipleOf(0.5);

export const positionSchema = z.object({
  x: z.number().min(-1e7).max(1e7),
  y: z.number().min(-1e7).max(1e7),
});

export const processStepSchema = z.object({ id: idSchema, text: shortTextSchema });

export const roleSchema = z.object({
  id: idSchema,
  title: shortTextSchema,
  fte: fteSchema,
  /** Fully loaded monthly cost of one FTE (salary, taxes, workplace); absent = not entered yet. */
  costPerFteMonthlyMinor: costPerFteMinorSchema.optional(),
  /** Dedicated to this function, or shared with other work. */
  dedicated: z.boolean(),
  /** Counts towards the staff that answers requests in the Erlang C staffing check. */
  handlesRequests: z.boolean(),
});

/** A named person from the project's people list working in a function for part of their time. */
export const assignmentSchema = z.object({
  personId: idSchema,
  roleId: idSchema.optional(),
  allocationPercent: z.number().gt(0).max(100),
});

export const phoneLineSchema = z.object({
  id: idSchema,
  number: z.string().max(40),
  purpose: shortTextSchema,
  dedicated: z.boolean(),
  coverageHoursPerWeek: z.number().min(0).max(168).optional(),
  /** This function's monthly cost of the line (its share when the line is shared). */
  monthlyCostMinor: moneyMinorSchema.optional(),
});

export const toolSchema = z.object({
  id: idSchema,
  name: shortTextSchema,
  kind: z.enum(TOOL_KINDS),
  monthlyCostMinor: moneyMinorSchema.optional(),
  oneOffCostMinor: moneyMinorSchema.optional(),
});

export const measurementSchema = z.object({
  /** Where the figure comes from (telephony report, CRM, help desk …); empty = not decided. */
  source: shortTextSchema,
  frequency: z.enum(FREQUENCIES).optional(),
  automated: z.boolean(),
});

export const breachSchema = z.object({
  /** The person who reacts when the target is missed. */
  ownerPersonId: idSchema.optional(),
  action: shortTextSchema,
});

export const kpiSchema = z.object({
  id: idSchema,
  kind: z.enum(KPI_KINDS),
  metric: shortTextSchema,
  comparator: z.enum(COMPARATORS),
  target: z.number().min(-1e12).max(1e12),
  unit: z.enum(KPI_UNITS),
  measurement: measurementSchema,
  breach: breachSchema,
});

/** What makes the function pay. Every figure may still be missing while designing. */
export const financialGoalSchema = z.object({
  baselineMonthlyRevenueMinor: moneyMinorSchema.optional(),
  targetGrowthPercent: z.number().min(0).max(10_000).optional(),
  grossMarginPercent: percentSchema.optional(),
  /** Months until the target growth is reached, growing linearly from the start; absent = at once. */
  rampUpMonths: z.int().min(0).max(120).optional(),
  ownerPersonId: idSchema.optional(),
});

/** Incoming requests of a service-level function, the input of the Erlang C staffing. */
export const demandSchema = z.object({
  requestsPerHour: z.number().min(0).max(100_000).optional(),
  averageHandlingMinutes: z.number().gt(0).max(1_440).optional(),
  targetAnswerMinutes: z.number().min(0).max(10_080).optional(),
  /** Share of requests to answer within the target; 100 % is unreachable in a queue. */
  serviceLevelPercent: z.number().gt(0).max(99.9).optional(),
  /** Paid time not spent answering (leave, sickness, training, meetings). */
  shrinkagePercent: z.number().min(0).max(95).optional(),
  /** Hours per week during which requests are answered. */
  coverageHoursPerWeek: z.number().gt(0).max(168).optional(),
  /**
   * Requests in the busiest hour as a percent of the average hour (150 = half as many again);
   * given, the staffing is for that hour.
   */
  peakHourPercent: z.number().min(100).max(500).optional(),
  /** Average time a caller waits before hanging up; given, Erlang A is shown next to Erlang C. */
  patienceMinutes: z.number().gt(0).max(60).optional(),
});

export const salesFunctionSchema = z.object({
  id: idSchema,
  typeId: z.enum(FUNCTION_TYPE_IDS),
  name: shortTextSchema,
  purpose: shortTextSchema,
  description: longTextSchema,
  status: z.enum(FUNCTION_STATUSES),
  /** The accountable owner of the function. */
  ownerPersonId: idSchema.optional(),
  groupId: idSchema.optional(),
  /** Absolute canvas coordinates of the node's top-left corner. */
  position: positionSchema,
  steps: z.array(processStepSchema).max(200),
  roles: z.array(roleSchema).max(200),
  assignments: z.array(assignmentSchema).max(500),
  lines: z.array(phoneLineSchema).max(100),
  tools: z.array(toolSchema).max(200),
  kpis: z.array(kpiSchema).max(100),
  financialGoal: financialGoalSchema,
  demand: demandSchema.optional(),
});

export const linkSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  kind: z.enum(LINK_KINDS),
  label: shortTextSchema,
});

/** A department or team; its bounds on the canvas are derived from its member functions. */
export const groupSchema = z.object({ id: idSchema, name: shortTextSchema });

export const personSchema = z.object({
  id: idSchema,
  name: shortTextSchema,
  title: shortTextSchema,
});

export const planningPeriodSchema = z.object({
  startMonth: monthSchema,
  months: z.int().min(1).max(120),
});

export const projectSettingsSchema = z.object({
  /** Hours per week one FTE is paid for; converts Erlang C agents into FTE. */
  contractedHoursPerWeek: z.number().gt(0).max(168),
});

const MAX_FUNCTIONS = 5_000;
const MAX_LINKS = 20_000;
const MAX_GROUPS = 1_000;
const MAX_PEOPLE = 5_000;

/** The parts of a project that differ between scenarios (see shared/model/scenarios.ts). */
const designFields = {
  functions: z.array(salesFunctionSchema).max(MAX_FUNCTIONS),
  links: z.array(linkSchema).max(MAX_LINKS),
  groups: z.array(groupSchema).max(MAX_GROUPS),
  people: z.array(personSchema).max(MAX_PEOPLE),
  /**
   * The order of the functions in presentation mode, when the user changed it; absent, they
   * follow the departments and then the layout. Ids of removed functions are skipped on reading.
   */
  presentationOrder: z.array(idSchema).max(MAX_FUNCTIONS).optional(),
};

const projectShape = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  name: z.string().min(1).max(200),
  company: shortTextSchema,
  author: shortTextSchema,
  currency: currencySchema,
  language: z.enum(LANGUAGES),
  planningPeriod: planningPeriodSchema,
  settings: projectSettingsSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  ...designFields,
});

/** A scenario's name: short text; empty for the baseline means the catalog's default name. */
const scenarioNameSchema = shortTextSchema;

/**
 * A variant's changes to one collection of the baseline: objects added or replaced (whole,
 * matched by id), ids removed, and the order of the ids when it is not the one these imply.
 */
function collectionChangesSchema<T extends z.ZodType>(item: T, max: number) {
  return z.object({
    set: z.array(item).max(max).optional(),
    removed: z.array(idSchema).max(max).optional(),
    order: z.array(idSchema).max(max).optional(),
  });
}

/** A variant's changes against the baseline, as stored (docs/file-format.md, Scenarios). */
export const designChangesSchema = z.object({
  functions: collectionChangesSchema(salesFunctionSchema, MAX_FUNCTIONS).optional(),
  links: collectionChangesSchema(linkSchema, MAX_LINKS).optional(),
  groups: collectionChangesSchema(groupSchema, MAX_GROUPS).optional(),
  people: collectionChangesSchema(personSchema, MAX_PEOPLE).optional(),
  /** Present when the variant's presentation order differs; null: the variant has none. */
  presentationOrder: z.array(idSchema).max(MAX_FUNCTIONS).nullable().optional(),
});

/** The scenarios as stored: the baseline first (its design is the top level), then variants. */
const scenariosFileSchema = z
  .object({
    active: idSchema,
    list: z
      .array(
        z.object({
          id: idSchema,
          name: scenarioNameSchema,
          recommended: z.literal(true).optional(),
          changes: designChangesSchema.optional(),
        }),
      )
      .min(1)
      .max(MAX_SCENARIOS),
  })
  .superRefine((set, ctx) => {
    const refuse = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', message, path });
    for (const issue of checkScenarioList(set.list, set.active, 'active')) {
      refuse(issue.path, issue.message);
    }
    set.list.forEach((entry, index) => {
      const variant = index > 0;
      if (variant === (entry.changes !== undefined)) return;
      refuse(
        ['list', index, 'changes'],
        variant
          ? `${scenarioLabel(entry)}: a variant stores its changes against the baseline`
          : `${scenarioLabel(entry)}: the baseline has no changes, its design is the top level`,
      );
    });
  });

/**
 * A project file (format version 3) before its variants are materialised: the baseline's
 * design on the top level, each variant as its changes (shared/model/scenario-file.ts reads it).
 */
export const projectFileSchema = projectShape
  .extend({ scenarios: scenariosFileSchema.optional() })
  .superRefine((project, ctx) => {
    for (const issue of checkIntegrity(project)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });
export type ProjectFile = z.infer<typeof projectFileSchema>;
export type DesignChanges = z.infer<typeof designChangesSchema>;

const designSchema = z.object(designFields);

/**
 * A project in memory, as the renderer hands it to the main process to be saved: the active
 * scenario's design on the top level, every other scenario's design aside (shared/model/scenarios.ts),
 * each design with its references checked.
 */
export const projectSchema = projectShape
  .extend({
    scenarios: z
      .object({
        activeId: idSchema,
        list: z
          .array(
            z.object({
              id: idSchema,
              name: scenarioNameSchema,
              recommended: z.literal(true).optional(),
              design: designSchema.optional(),
            }),
          )
          .min(1)
          .max(MAX_SCENARIOS),
      })
      .optional(),
  })
  .superRefine((project, ctx) => {
    const refuse = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', message, path });
    for (const issue of checkIntegrity(project)) refuse(issue.path, issue.message);
    const set = project.scenarios;
    if (!set) return;
    for (const issue of checkScenarioList(set.list, set.activeId, 'activeId')) {
      refuse(['scenarios', ...issue.path], issue.message);
    }
    set.list.forEach((entry, index) => {
      const at = ['scenarios', 'list', index, 'design'];
      if ((entry.id === set.activeId) === (entry.design !== undefined)) {
        refuse(
          at,
          entry.design
            ? `${scenarioLabel(entry)}: the active scenario's design is the top level`
            : `${scenarioLabel(entry)}: a scenario not on the canvas keeps its design`,
        );
      }
      for (const issue of entry.design ? checkIntegrity(entry.design) : []) {
        refuse([...at, ...issue.path], `${scenarioLabel(entry)}: ${issue.message}`);
      }
    });
  });

/**
 * A project in memory: the file's fields, with the active scenario's design on the top level and
 * the other scenarios aside (shared/model/scenarios.ts).
 */
export type Project = z.infer<typeof projectShape> & { scenarios?: ScenarioSet };
export type SalesFunction = z.infer<typeof salesFunctionSchema>;
export type Position = z.infer<typeof positionSchema>;
export type ProcessStep = z.infer<typeof processStepSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type PhoneLine = z.infer<typeof phoneLineSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type Breach = z.infer<typeof breachSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type FinancialGoal = z.infer<typeof financialGoalSchema>;
export type Demand = z.infer<typeof demandSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Person = z.infer<typeof personSchema>;
