/**
 * English domain strings that only on-demand screens show (the inspector's field names, the
 * samples, the analysis's labels, the design checks' messages — the first screen counts the
 * findings and marks the cards, it shows no message): the later part of the catalog
 * (catalog-later.en.ts). The rest of the domain, which the canvas uses, is in domain.en.ts.
 */
export const domainLaterEn = {
  'status.idea': 'Idea',
  'status.planned': 'Planned',
  'status.approved': 'Approved',
  'status.live': 'Live',

  'kpiKind.response-time': 'Response time',
  'kpiKind.sales-growth': 'Sales growth',
  'kpiKind.conversion': 'Conversion',
  'kpiKind.other': 'Other',

  'frequency.realtime': 'Continuously',
  'frequency.daily': 'Daily',
  'frequency.weekly': 'Weekly',
  'frequency.monthly': 'Monthly',
  'frequency.quarterly': 'Quarterly',

  'measurement.automated': 'Automated',
  'measurement.manual': 'Manual',

  'toolKind.crm': 'CRM',
  'toolKind.software': 'Software',
  'toolKind.equipment': 'Equipment',
  'toolKind.other': 'Other',

  'category.human': 'Human resources',
  'category.technical': 'Technical resources',
  'category.process': 'Business process',
  'category.financial': 'Financial result',

  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Note',

  'role.dedicated': 'Dedicated',
  'role.shared': 'Shared',
  'role.handlesRequests': 'Answers requests',

  'demandField.requestsPerHour': 'requests per hour',
  'demandField.averageHandlingMinutes': 'average handling time',
  'demandField.targetAnswerMinutes': 'target answer time',
  'demandField.serviceLevelPercent': 'service level',
  'demandField.shrinkagePercent': 'shrinkage',
  'demandField.coverageHoursPerWeek': 'coverage hours per week',

  'analysis.fte': 'Headcount, FTE',
  'analysis.humanMonthly': 'Staff cost per month',
  'analysis.linesMonthly': 'Phone lines per month',
  'analysis.toolsMonthly': 'Tools per month',
  'analysis.runMonthly': 'Monthly run cost',
  'analysis.oneOff': 'One-off cost',
  'analysis.incrementalProfit': 'Incremental gross profit per month',
  'analysis.netMonthly': 'Net monthly effect',
  'analysis.periodNet': 'Net result over the planning period',
  'analysis.roi': 'Return on investment over the planning period',
  'analysis.payback': 'Payback: when cumulative profit covers the one-off and cumulative run costs',
  'analysis.breakEven': 'Break-even growth',

  // Decision figures of a whole design (shared/compare/figure-labels.ts).
  'figure.requiredFte': 'FTE the service levels need',
  'figure.hireFte': 'Staff to hire',
  'figure.payback': 'Payback of the design',
  'figure.roi': 'Return over {months, plural, one {# month} other {# months}}',
  'figure.periodNet': 'Net result over {months, plural, one {# month} other {# months}}',
  'figure.errors': 'Open errors',
  'figure.warnings': 'Open warnings',
  'analysis.breakEvenOverPeriod':
    'Break-even growth over the planning period, with the one-off cost',
  'analysis.targetGrowth': 'Target growth',
  'analysis.pays.yes': 'Pays: the target growth covers the break-even',
  'analysis.pays.no': 'Does not pay: the target growth is below the break-even',
  'analysis.pays.unknown': 'Not enough data to tell whether it pays',
  'analysis.staffing': 'Staffing for the answer time (Erlang C)',
  'analysis.staffing.traffic': 'Load',
  'analysis.staffing.trafficValue': '{traffic, plural, one {# erlang} other {# erlangs}}',
  'analysis.staffing.agents': 'Agents needed at any moment',
  'analysis.staffing.requiredFte': 'FTE needed',
  'analysis.staffing.serviceLevel': 'Share answered in time',
  'analysis.staffing.asa': 'Average speed of answer',
  'analysis.staffing.noDemand': 'No demand entered',
  'analysis.staffing.missing': 'Enter the demand: {fields}',
  'analysis.staffing.unreachable': 'The service level cannot be reached at this load',
  'analysis.staffing.averageHourAgents': 'Agents the average hour would need',
  'analysis.staffing.peak': 'Staffed for the busiest hour: {peak} of the average hour’s requests',
  'analysis.abandonment': 'If callers hang up (Erlang A)',
  'analysis.abandonment.agents': 'Agents needed at any moment',
  'analysis.abandonment.requiredFte': 'FTE needed',
  'analysis.abandonment.level': 'Answered in time with them',
  'analysis.abandonment.rate': 'Hang up before an answer, with them',
  'analysis.abandonment.levelAssigned': 'Answered in time with the assigned staff',
  'analysis.abandonment.rateAssigned': 'Hang up with the assigned staff',
  'analysis.abandonment.unreachable': 'The service level cannot be reached at this load',
  'demandField.peakHourPercent': 'busiest hour',
  'demandField.patienceMinutes': 'patience',
  'analysis.rampUp': 'Ramp-up to the target growth',
  'analysis.rampUpValue': '{months, plural, =0 {none} one {# month} other {# months}}',

  'sample.keyAccounts.name': 'Key accounts',
  'sample.rich.name': 'Specialised sales system',
  'sample.company': 'Example Trading Ltd',
  'sample.author': 'Sales director',
  'sample.description.keyAccounts':
    'Work with key clients as its own function: one dedicated key-account manager and two dedicated support specialists on a dedicated phone number, any request answered within 15 minutes, and sales to key clients up by 25 %.',
  'sample.person.kam': 'Anna Petrova',
  'sample.person.support1': 'Igor Smirnov',
  'sample.person.support2': 'Olga Volkova',
  'sample.person.director': 'Sergey Ivanov',
  'sample.person.support3': 'Pavel Orlov',
  'sample.person.kam2': 'Maria Kuznetsova',
  'sample.person.regional': 'Dmitry Sokolov',
  'sample.person.marketing': 'Elena Morozova',
  'sample.person.partners': 'Alexey Lebedev',
  'sample.title.director': 'Commercial director',
  'sample.title.marketing': 'Marketing manager',
  'sample.line.keyAccounts': 'Technical support for key clients',
  'sample.line.support': 'Technical support for all clients',
  'sample.tool.helpdesk': 'Help desk with response-time tracking',
  'sample.tool.crm': 'CRM seats',
  'sample.tool.automation': 'Marketing automation service',
  'sample.tool.events': 'Exhibition stand and materials',
  'sample.tool.portal': 'Partner portal',
  'sample.breach.response':
    'Finds the cause the same day and re-plans the support shifts or takes the request personally',
  'sample.breach.growth': 'Reviews the account plans with the commercial director',
  'sample.breach.monthly':
    'Analyses the deviation and agrees corrective actions at the monthly review',
  'sample.group.sales': 'Sales department',
  'sample.group.marketing': 'Marketing',
  'sample.group.service': 'Service',
  'sample.link.escalation': 'Technical questions of key clients',
  'sample.link.readyLeads': 'Leads ready to buy',
  'sample.link.eventLeads': 'Event contacts',
  'sample.link.bigClients': 'Large clients of the region',
  'sample.link.partnerSupport': 'Partner technical questions',
  'sample.link.report': 'Monthly results',
  'sample.territory.name': 'Promotion in the Volga region',
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
  'check.list.more': '{count} more',
  'check.person.over-allocated':
    '{person} is allocated {total}% across {functions}. Bring the allocations down to 100% or assign someone else.',
} as const;

export type DomainLaterKey = keyof typeof domainLaterEn;
