import type { Language } from '../i18n/language';
import {
  DEFAULT_CONTRACTED_HOURS_PER_WEEK,
  DEFAULT_CURRENCY,
  DEFAULT_PLANNING_MONTHS,
} from './defaults';
import type { Project } from './schema';
import { CURRENT_SCHEMA_VERSION } from './version';

export interface BlankProjectInit {
  readonly id: string;
  readonly name: string;
  /** ISO timestamp; also sets the first month of the planning period. */
  readonly now: string;
  readonly language: Language;
  readonly currency?: string;
}

/** An empty, valid project: no functions yet, a planning period of DEFAULT_PLANNING_MONTHS from this month. */
export function createBlankProject(init: BlankProjectInit): Project {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: init.id,
    name: init.name,
    company: '',
    author: '',
    currency: init.currency ?? DEFAULT_CURRENCY,
    language: init.language,
    planningPeriod: { startMonth: init.now.slice(0, 7), months: DEFAULT_PLANNING_MONTHS },
    settings: { contractedHoursPerWeek: DEFAULT_CONTRACTED_HOURS_PER_WEEK },
    createdAt: init.now,
    updatedAt: init.now,
    functions: [],
    links: [],
    groups: [],
    people: [],
  };
}
