import type { DomainLaterKey } from './domain-later.en';
import { linkKindsEn } from './link-kinds.en';

/**
 * English strings of the domain: function catalog, link kinds, units, the analysis's figures the
 * canvas shows; the rest (statuses, design-check messages, the inspector's field names…) in
 * domain-later.en.ts. Kept apart from the UI catalog so the report and the CLI use them without
 * the UI.
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
} as const;

/** Every domain key: these and those in domain-later.en.ts. */
export type DomainKey = keyof typeof domainEn | DomainLaterKey;
