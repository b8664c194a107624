import type { DomainLaterKey } from './domain-later.en';

import { linkKindsEn } from './link-kinds.en';

/**
 * English strings of the domain: function catalog, statuses, link kinds, design-check messages,
 * analysis labels. Kept apart from the UI catalog so the report and the CLI use them without the UI.
 */
export const domainEn = {
  ...linkKindsEn,

  'comparator.le': '≤',
  'comparator.lt': '<',
  'comparator.ge': '≥',
  'comparator.gt': '>',
  'comparator.eq': '=',

  'unit.seconds': 's',
  'unit.minutes': 'min',
  'unit.hours': 'h',
  'unit.days': 'days',
  'unit.percent': '%',
  'unit.count': 'pcs',
  'unit.money': 'money',
  'unit.other': 'other',

  'catalog.key-accounts.name': 'Key-account management',
  'catalog.key-accounts.description':
    'Dedicated care of the few clients that bring most of the revenue: an accountable manager, fast service and a growth plan for every account.',
  'catalog.key-accounts.purpose': 'Grow and keep the sales to key clients',
  'catalog.key-accounts.step.1':
    'Choose key clients by agreed criteria: revenue, potential, strategic value',
  'catalog.key-accounts.step.2': 'Give every key client one responsible manager',
  'catalog.key-accounts.step.3': 'Agree an account plan with a sales target for each client',
  'catalog.key-accounts.step.4': 'Answer every request of a key client within the agreed time',
  'catalog.key-accounts.step.5': 'Review each account monthly and adjust its plan',
  'catalog.key-accounts.role.1': 'Key-account manager',
  'catalog.key-accounts.role.2': 'Technical-support specialist for key clients',
  'catalog.key-accounts.line.1': 'Dedicated technical-support number for key clients',
  'catalog.key-accounts.kpi.1': 'First answer to a key-client request',
  'catalog.key-accounts.kpi.1.source': 'Help-desk report: time from request to first answer',
  'catalog.key-accounts.kpi.1.breach':
    'The key-account manager finds the cause of every late answer the same day and re-plans the support duty or answers personally',
  'catalog.key-accounts.kpi.2': 'Growth of sales to key clients',
  'catalog.key-accounts.kpi.2.source': 'CRM sales report for key clients',

  'catalog.product-promotion.name': 'Promotion of a product or category',
  'catalog.product-promotion.description':
    'A focused push for one product or product category: an owner, sales arguments, training of the sales team and promotions.',
  'catalog.product-promotion.purpose': 'Raise the sales of the chosen product or category',
  'catalog.product-promotion.step.1':
    'Choose the product or category and the clients to offer it to',
  'catalog.product-promotion.step.2': 'Prepare sales arguments and materials',
  'catalog.product-promotion.step.3': 'Train the sales team and give them product targets',
  'catalog.product-promotion.step.4': 'Run promotions and follow the product sales every week',
  'catalog.product-promotion.role.1': 'Product manager',
  'catalog.product-promotion.kpi.1': 'Growth of the product sales',
  'catalog.product-promotion.kpi.1.source': 'Sales report by product',

  'catalog.territory-promotion.name': 'Promotion in a territory',
  'catalog.territory-promotion.description':
    'Building sales in a region or city: a representative on the ground, local partners and a plan of client visits.',
  'catalog.territory-promotion.purpose': 'Win more clients and sales in the territory',
  'catalog.territory-promotion.step.1': 'Study the market and the competitors of the territory',
  'catalog.territory-promotion.step.2': 'Build the list of target clients',
  'catalog.territory-promotion.step.3': 'Plan and make visits and calls',
  'catalog.territory-promotion.step.4': 'Hand qualified deals to the sales team',
  'catalog.territory-promotion.role.1': 'Regional sales representative',
  'catalog.territory-promotion.kpi.1': 'New clients in the territory per month',
  'catalog.territory-promotion.kpi.1.source': 'CRM: new accounts by region',

  'catalog.lead-nurturing.name': 'Lead nurturing',
  'catalog.lead-nurturing.description':
    'Staying in touch with potential clients who are not ready to buy yet — useful content, reminders — and handing them to sales once they are.',
  'catalog.lead-nurturing.purpose': 'Turn more of the collected leads into sales opportunities',
  'catalog.lead-nurturing.step.1': 'Gather leads that are not ready to buy in one base',
  'catalog.lead-nurturing.step.2': 'Group them by interest and buying stage',
  'catalog.lead-nurturing.step.3': 'Send useful content and reminders on a schedule',
  'catalog.lead-nurturing.step.4': 'Score the leads and hand the ready ones to sales',
  'catalog.lead-nurturing.role.1': 'Lead-nurturing specialist',
  'catalog.lead-nurturing.kpi.1': 'Leads turned into sales opportunities',
  'catalog.lead-nurturing.kpi.1.source': 'Marketing automation and CRM funnel report',

  'catalog.technical-support.name': 'Technical support',
  'catalog.technical-support.description':
    "Answering clients' technical questions within an agreed time, so that a problem never stops a purchase.",
  'catalog.technical-support.purpose':
    'Solve clients’ technical requests fast and keep them buying',
  'catalog.technical-support.step.1': 'Take the request on the support line or by e-mail',
  'catalog.technical-support.step.2': 'Register it in the help desk',
  'catalog.technical-support.step.3': 'Solve it or escalate it to an expert',
  'catalog.technical-support.step.4': 'Confirm the solution with the client',
  'catalog.technical-support.role.1': 'Technical-support specialist',
  'catalog.technical-support.kpi.1': 'First answer to a support request',
  'catalog.technical-support.kpi.1.source': 'Telephony and help-desk report',

  'catalog.events.name': 'Events',
  'catalog.events.description':
    'Exhibitions, seminars and client days that bring new leads and deepen the relations with current clients.',
  'catalog.events.purpose': 'Bring qualified leads and closer client relations through events',
  'catalog.events.step.1': 'Plan the calendar and budget of events',
  'catalog.events.step.2': 'Invite the target clients',
  'catalog.events.step.3': 'Hold the event and collect contacts',
  'catalog.events.step.4': 'Follow up every lead within a week',
  'catalog.events.role.1': 'Event manager',
  'catalog.events.kpi.1': 'Qualified leads per event',
  'catalog.events.kpi.1.source': 'Registration list matched with the CRM',

  'catalog.partner-program.name': 'Partner program',
  'catalog.partner-program.description':
    'Selling through partners — dealers, integrators, agents — on clear terms, with training and support.',
  'catalog.partner-program.purpose': 'Grow sales through a network of active partners',
  'catalog.partner-program.step.1': 'Set the partner terms and levels',
  'catalog.partner-program.step.2': 'Find and sign partners',
  'catalog.partner-program.step.3': 'Train partners and give them sales materials',
  'catalog.partner-program.step.4': 'Support partner deals and pay the rewards',
  'catalog.partner-program.role.1': 'Partner manager',
  'catalog.partner-program.kpi.1': 'Active partners with a sale in the quarter',
  'catalog.partner-program.kpi.1.source': 'Partner sales report',

  'catalog.custom.name': 'New function',
  'catalog.custom.description':
    'A function of your own: describe the result it exists for, its process and what it needs.',
  'catalog.custom.purpose': 'The result this function exists for',

  'analysis.partialCost':
    '≥ {amount}, {count, plural, one {# cost missing} other {# costs missing}}',
  'analysis.partialCostPerMonth':
    '≥ {amount} / month, {count, plural, one {# cost missing} other {# costs missing}}',
  'analysis.payback.months': '{months, plural, one {# month} other {# months}}',
  'analysis.payback.immediate': 'No one-off cost to recover',
  'analysis.payback.never': 'Never: it does not earn its run cost',
  'analysis.breakEven.impossible': 'Not reachable: no baseline revenue or zero margin',
  'analysis.notEnoughData': 'Not enough data',
  'check.unnamed': 'untitled',
  'check.function.no-owner':
    '“{function}” has no accountable owner. Choose the person who answers for the result of this function.',
  'check.function.job-title-only':
    '“{function}” has staff but no process steps and no KPIs: that is a job title, not a function. Describe the key steps of its process and how its result is measured.',
  'check.function.no-financial-goal':
    '“{function}” has no financial goal. Set the sales growth it must bring, so you can see whether it pays.',
  'check.function.financial-incomplete':
    'Enter the baseline monthly revenue and the gross margin of “{function}” to see whether it pays.',
  'check.function.financial-no-owner':
    'Nobody is accountable for the financial goal of “{function}”. Name one manager who answers for it.',
  'check.function.does-not-pay':
    '“{function}” does not pay: the target growth of {target}% is below the break-even growth of {breakEven}%. Raise the target, cut the run cost, or reconsider the function.',
  'check.function.cannot-pay':
    '“{function}” cannot pay through growth: its baseline revenue or gross margin is zero while it costs money to run. Enter the revenue of the segment it serves, or reconsider the function.',
  'check.role.no-cost':
    'Role “{role}” of “{function}” has no monthly cost per FTE, so the run cost of the function is unknown. Enter the fully loaded cost of one FTE.',
  'check.person.no-role':
    '{person} works in “{function}” without a role, so their time is not costed. Choose their role (the cost per FTE is entered there).',
  'check.line.no-cost':
    'Line {number} of “{function}” has no monthly cost, so the run cost of the function is unknown. Enter what the line costs this function per month (0 if nothing).',
  'check.tool.no-monthly-cost':
    'Tool “{tool}” of “{function}” has no monthly cost, so the run cost of the function is unknown. Enter it (0 if nothing).',
  'check.tool.no-one-off-cost':
    'Tool “{tool}” of “{function}” has no one-off cost, so the payback cannot be computed. Enter it (0 if nothing).',
  'check.function.not-linked':
    '“{function}” is not linked to any other function. Show whom it hands clients to, escalates to, supports or reports to.',
  'check.function.no-kpi':
    '“{function}” has staff and a process but no KPI, so nobody can tell whether it works. Add the service level or result it promises, how it is measured and who acts when it is missed.',
  'check.kpi.manual-tracking':
    'Response-time KPI “{kpi}” of “{function}” is measured by hand. A response time is controlled only when a system records every request: track it automatically (help desk, telephony, CRM).',
  'check.kpi.no-breach-action':
    '{person} reacts when KPI “{kpi}” of “{function}” is missed, but what they do is not described. Write down the action, so a breach leads to a decision.',
  'check.kpi.growth-mismatch':
    'Sales-growth KPI “{kpi}” of “{function}” targets {kpiTarget}%, but the financial goal is {goal}%. Use one figure in both, so the KPI controls the growth the function is paid for.',
  'check.role.shared-agents':
    'Role “{role}” of “{function}” answers requests but is shared with other work, and nobody is named in it, so the staffing counts all its {fte} FTE as answering requests. Name the people in the role with the share of their time they give this function (the staffing then counts that share), or make the role dedicated.',
  'check.person.dedicated-elsewhere':
    '{person} holds the dedicated role “{role}” in “{function}” but also works in {functions}. Free them from the other work, or mark the role as shared.',
  'check.line.coverage-short':
    'Line {number} of “{function}” is open {line} h a week, but requests are answered {demand} h a week. Extend the line’s hours, or add a line for the remaining hours.',
  'check.demand.no-peak':
    'The staff of “{function}” is sized for the average hour, so every busier hour will be short of it. Enter how much busier the busiest hour is, as a percent of the average hour.',
  'check.kpi.no-source':
    'KPI “{kpi}” of “{function}” has no measurement source. Say where the figure comes from (a telephony, help-desk or CRM report): what is not measured cannot be controlled.',
  'check.kpi.no-breach-owner':
    'Nobody reacts when KPI “{kpi}” of “{function}” is missed. Name the manager who acts on a breach and say what they do.',
  'check.kpi.no-demand':
    'Response-time KPI “{kpi}” of “{function}” cannot be verified: enter the demand (requests per hour, handling time, service level, shrinkage, coverage) to see whether the staff can meet it.',
  'check.kpi.target-mismatch':
    'KPI “{kpi}” of “{function}” promises an answer within {kpiTarget}, but the demand is planned for {demandTarget}. Use the same time in both, so the staffing check tests the promise.',
  'check.staffing.short':
    '“{function}” cannot answer {level}% of requests within {target}: at {requests, plural, one {# request} other {# requests}} per hour it needs {required} FTE answering requests and has {assigned} (now about {achieved}% are answered in time). Add staff or change the target.',
  'check.staffing.short.peak':
    '“{function}” cannot answer {level}% of requests within {target} in its busiest hour, the hour its staff is sized for: at {requests, plural, one {# request} other {# requests}} in that hour it needs {required} FTE answering requests and has {assigned} (now about {achieved}% are answered in time in that hour). Add staff or change the target.',
  'check.staffing.unreachable':
    '“{function}” cannot reach its service level at the stated demand with any reasonable staff. Check the demand figures.',
  'check.line.dedicated-shared':
    'Number {number} is marked as dedicated in “{function}” but is also used by {functions}. Give each function its own number or mark the line as shared.',
  'check.line.duplicate-number':
    'Number {number} is listed twice in “{function}”. Remove the duplicate line.',
  'check.person.over-allocated':
    '{person} is allocated {total}% across {functions}. Bring the allocations down to 100% or assign someone else.',
} as const;

/** Every domain key: these and those in domain-later.en.ts. */
export type DomainKey = keyof typeof domainEn | DomainLaterKey;
