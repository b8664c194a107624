import type { FunctionAnalysis } from '../analysis';
import { completeDemand, requestsInPeakHour } from '../analysis/erlang';
import type { Kpi, SalesFunction } from '../model/schema';
import { check, type DesignCheck, type RuleContext } from './types';

/**
 * A KPI must be measured — a response time by automation, since nobody times every request by
 * hand — and must have someone who acts when it is missed and says how. A sales-growth KPI
 * promises the growth of the financial goal.
 */
export function kpiRules(fn: SalesFunction, context: RuleContext): DesignCheck[] {
  return fn.kpis.flatMap((kpi) => {
    const target = { kind: 'kpi', id: kpi.id, functionId: fn.id } as const;
    const params = { function: fn.name, kpi: kpi.metric };
    const found: DesignCheck[] = [];
    if (kpi.measurement.source.trim() === '') found.push(check('kpi.no-source', target, params));
    if (kpi.kind === 'response-time' && !kpi.measurement.automated) {
      found.push(check('kpi.manual-tracking', target, params));
    }
    const owner = kpi.breach.ownerPersonId;
    if (owner === undefined || !context.people.has(owner)) {
      found.push(check('kpi.no-breach-owner', target, params));
    } else if (kpi.breach.action.trim() === '') {
      found.push(
        check('kpi.no-breach-action', target, {
          ...params,
          person: context.people.get(owner) ?? '',
        }),
      );
    }
    const growth = fn.financialGoal.targetGrowthPercent;
    if (
      kpi.kind === 'sales-growth' &&
      kpi.unit === 'percent' &&
      growth !== undefined &&
      Math.abs(kpi.target - growth) > 1e-9
    ) {
      found.push(
        check('kpi.growth-mismatch', target, { ...params, kpiTarget: kpi.target, goal: growth }),
      );
    }
    return found;
  });
}

/** The answer-time target of a response-time KPI in minutes, when its unit is a time. */
function targetMinutes(kpi: Kpi): number | undefined {
  if (kpi.unit === 'minutes') return kpi.target;
  if (kpi.unit === 'hours') return kpi.target * 60;
  if (kpi.unit === 'days') return kpi.target * 24 * 60;
  return undefined;
}

/**
 * Response-time KPIs against the Erlang C staffing: can the staff that answers requests meet the
 * promised answer time at the stated demand? The finding points at the response-time KPI when
 * there is one, otherwise at the function.
 */
export function staffingRules(fn: SalesFunction, analysis: FunctionAnalysis): DesignCheck[] {
  const responseKpis = fn.kpis.filter((kpi) => kpi.kind === 'response-time');
  const first = responseKpis[0];
  const target = first
    ? ({ kind: 'kpi', id: first.id, functionId: fn.id } as const)
    : ({ kind: 'function', id: fn.id } as const);
  const staffing = analysis.process.staffing;
  const name = { function: fn.name };

  if (staffing.status === 'no-demand' || staffing.status === 'not-enough-data') {
    return responseKpis.map((kpi) =>
      check(
        'kpi.no-demand',
        { kind: 'kpi', id: kpi.id, functionId: fn.id },
        { ...name, kpi: kpi.metric },
      ),
    );
  }
  const demand = fn.demand;
  if (demand === undefined) return [];
  const found: DesignCheck[] = responseKpis.flatMap((kpi) => {
    const promised = targetMinutes(kpi);
    return promised !== undefined &&
      Math.abs(promised - (demand.targetAnswerMinutes ?? promised)) > 1e-9
      ? [
          check(
            'kpi.target-mismatch',
            { kind: 'kpi', id: kpi.id, functionId: fn.id },
            {
              ...name,
              kpi: kpi.metric,
              kpiTarget: { minutes: promised },
              demandTarget: { minutes: demand.targetAnswerMinutes ?? 0 },
            },
          ),
        ]
      : [];
  });
  if (staffing.status === 'unreachable') {
    found.push(check('staffing.unreachable', target, name));
  } else if (analysis.process.staffingShortFte !== undefined) {
    // The requests of the hour it was staffed for: with a busiest hour given, that hour's (and
    // the message says so), so that the figures quoted are the ones the requirement comes from.
    const checked = completeDemand(demand);
    const hour = 'complete' in checked ? checked.complete : undefined;
    found.push(
      check(
        'staffing.short',
        target,
        {
          ...name,
          level: demand.serviceLevelPercent ?? 0,
          target: { minutes: demand.targetAnswerMinutes ?? 0 },
          requests: hour === undefined ? (demand.requestsPerHour ?? 0) : requestsInPeakHour(hour),
          required: staffing.requiredFte,
          assigned: analysis.human.handlingFte,
          achieved: Math.floor((analysis.process.withAssignedStaff?.serviceLevel ?? 0) * 1000) / 10,
        },
        hour?.peakHourPercent === undefined ? 'check.staffing.short' : 'check.staffing.short.peak',
      ),
    );
  }
  return found;
}
