/**
 * English strings of the PDF specialization report. The Russian catalog has exactly these keys
 * (checked by the compiler) and the same {placeholders} (checked by a unit test).
 */
export const reportEn = {
  'report.title': 'Sales system specialization report',
  'report.subject': 'Functions of the sales system: resources, service levels and financial goals',
  'report.keywords': 'sales system, specialization, functions, KPI, break-even, Erlang C',
  'report.untitled': 'Untitled design',
  'report.contents': 'Contents',
  'report.pageOf': 'Page {page} of {pages}',
  'report.notSpecified': 'Not specified',
  'report.none': 'None',
  'report.yes': 'Yes',
  'report.no': 'No',

  'report.cover.kicker': 'Sales system specialization',
  'report.cover.company': 'Company',
  'report.cover.author': 'Prepared by',
  'report.cover.date': 'Date',
  'report.cover.scope': 'Scope',
  'report.cover.scopeValue':
    '{functions, plural, one {# function} other {# functions}} · {fte} FTE · planning period {months, plural, one {# month} other {# months}}',
  'report.cover.note':
    'Prepared with Sales System Workbench. Every figure is computed from the project by the same analysis the app shows. Amounts in {currency}; costs and effects are per month unless marked one-off.',

  'report.pageRef': 'p. {page}',
  'report.more': '{count} more',
  'report.moreIn': '… and {count} more: see “{section}”',

  'report.decision.title': 'Proposal for decision',
  'report.decision.scopeCompany': 'the sales of {company}',
  'report.decision.scopeProject': 'the sales system “{name}”',
  'report.decision.proposal':
    'Proposed: organise {scope} as {count, plural, one {# specialised function} other {# specialised functions}} ({functions}), staffed with {fte} FTE, over a planning period of {months, plural, one {# month} other {# months}}.',
  'report.decision.proposalEmpty':
    'No proposal yet: the design “{name}” has no functions. Add functions on the canvas to see what they cost and bring.',
  'report.decision.moreListed': '{count} more, listed in “{section}”',
  'report.decision.withPurpose': '{name}: {purpose}',
  'report.decision.monthlyShort': 'incl. {cost} for {fte} FTE short of staff',
  'report.decision.hireValue': '{fte} FTE',
  'report.decision.paybackNever': 'Never',
  'report.decision.paybackNeverNote': 'income does not cover the monthly run cost',
  'report.decision.paybackImmediate': 'At once',
  'report.decision.paybackImmediateNote': 'no one-off cost to recover',
  'report.decision.hireNote':
    '{required} FTE needed · {people, plural, one {# person} other {# people}} named',
  'report.decision.basis':
    'Functions short of staff for their service level are costed at the staff they need. Costs not entered yet add nothing to the totals, nor does the profit of a function whose financial goal is incomplete.',
  'report.decision.errors': 'Open errors',
  'report.decision.error': '{where}: {message}',
  'report.decision.noErrors': 'The design checks found no errors.',
  'report.decision.otherChecks': 'Also open: {checks}',
  'report.decision.warnings': '{count, plural, one {# warning} other {# warnings}}',
  'report.decision.notes': '{count, plural, one {# note} other {# notes}}',
  'report.decision.short': 'Short of staff for the service level',
  'report.decision.shortItem':
    '{function}: {needed} FTE needed, {assigned} FTE answer requests; costed at {needed} FTE ({cost} per month more)',
  'report.decision.pays': 'Which functions pay',
  'report.decision.paysItem': 'Pay at the staff they need: {count} of {assessed}{names}',
  'report.decision.notPaysItem': 'Do not pay: {count} of {assessed}{names}',
  'report.decision.unknownItem':
    '{count, plural, one {# function has} other {# functions have}} no complete financial goal{names}',
  'report.decision.names': ' — {names}',
  'report.decision.shortMark': '{name} (short of staff)',

  'report.summary.title': 'Executive summary',
  'report.summary.functions': 'Functions',
  'report.summary.fte': 'Staff, FTE',
  'report.summary.openErrors': 'Open design errors',
  'report.summary.openWarnings': '{count, plural, one {# warning} other {# warnings}}',
  'report.summary.noFunctions':
    'The design has no functions yet. Add functions on the canvas to see their cost, staffing and financial effect here.',
  'report.summary.errorsOpen':
    '{count, plural, one {# design error is} other {# design errors are}} still open; see the section "{section}".',
  'report.summary.noErrors': 'No design errors are open.',

  'report.diagram.title': 'Design of the sales system',
  'report.diagram.intro':
    'Functions as placed on the canvas. Each box says whether the function pays at its target growth; the coloured edge repeats it (green: pays, red: does not pay, grey-blue: not enough data). Numbers on the links refer to the list of link labels under the diagram.',
  'report.diagram.empty': 'The design has no functions to draw.',
  'report.diagram.part': 'Design of the sales system — part {part} of {parts}',
  'report.diagram.overview':
    'The design does not fit on one page: each numbered frame is shown on a page of its own; the index after this page gives the part and page of every function.',
  'report.diagram.index': 'Where to find each function',
  'report.diagram.indexFunction': 'Function',
  'report.diagram.indexPlace': 'Part, page',
  'report.diagram.indexEntry': 'part {part}, p. {page}',
  'report.diagram.notes': 'Link labels',
  'report.diagram.noteElsewhere': '{label} (with {function}, part {part})',
  'report.diagram.pays': 'Pays',
  'report.diagram.doesNotPay': 'Does not pay',
  'report.diagram.notEnoughData': 'Payback: not enough data',
  'report.diagram.kpi': 'KPI {name}: {target}',
  'report.diagram.moreKpis':
    '{count, plural, one {and # more KPI} other {and # more KPIs}} in the function section',
  'report.diagram.fte': '{fte} FTE',
  'report.diagram.costPerMonth': '{cost} / month',
  'report.diagram.owner': 'Owner: {name}',

  'report.functions.title': 'Functions',
  'report.functions.intro':
    'Each function is analysed in four categories: human resources, technical resources, business process and financial result. Whether a function pays is judged at the staff its service level needs.',
  'report.functions.none': 'There are no functions in this design.',
  'report.functions.column.function': 'Function',
  'report.functions.column.owner': 'Owner',
  'report.functions.column.fte': 'FTE',
  'report.functions.column.monthlyCost': 'Cost / month',
  'report.functions.column.breakEven': 'Break-even',
  'report.functions.column.target': 'Target',
  'report.functions.column.pays': 'Pays',

  'report.functions.shortPays': '{pays}, short of staff',
  'report.fn.title': '{number}. {name}',
  'report.fn.type': 'Type',
  'report.fn.status': 'Status',
  'report.fn.owner': 'Accountable owner',
  'report.fn.group': 'Team',
  'report.fn.purpose': 'Purpose',
  'report.fn.links': 'Links',
  'report.fn.linkTo': 'To {function} — {kind}',
  'report.fn.linkFrom': 'From {function} — {kind}',
  'report.fn.steps': 'Business process: key steps',
  'report.fn.noSteps': 'No process steps have been described.',

  'report.human.title': 'Human resources',
  'report.human.role': 'Role',
  'report.human.fte': 'FTE',
  'report.human.dedicated': 'Engagement',
  'report.human.costPerFte': 'Cost per FTE',
  'report.human.monthly': 'Per month',
  'report.human.none': 'No roles assigned.',
  'report.human.people': 'People',
  'report.human.allocation': '{name} ({percent})',

  'report.tech.title': 'Technical resources',
  'report.tech.line': 'Phone line',
  'report.tech.purpose': 'Purpose',
  'report.tech.coverage': 'Hours / week',
  'report.tech.monthly': 'Per month',
  'report.tech.noLines': 'No phone lines.',
  'report.tech.tool': 'Tool',
  'report.tech.kind': 'Kind',
  'report.tech.oneOff': 'One-off',
  'report.tech.noTools': 'No other tools.',

  'report.process.title': 'Business process: service levels',
  'report.process.metric': 'KPI',
  'report.process.target': 'Target',
  'report.process.measurement': 'Measured by',
  'report.process.breach': 'On a breach',
  'report.process.none': 'No KPIs: the process is not measured yet.',
  'report.process.noSource': 'source not decided',
  'report.process.noBreachOwner': 'no one named',

  'report.staffing.demand': 'Requests',
  'report.staffing.demandValue':
    '{requests, plural, one {# request} other {# requests}} / hour, {handling} handling',
  'report.staffing.target': 'Service level',
  'report.staffing.peak': 'Busiest hour',
  'report.staffing.peakValue':
    '{peak} of the average hour, which needs {agents, plural, one {# agent} other {# agents}}',
  'report.staffing.targetValue': '{level} answered within {time}',
  'report.staffing.fteNeeded': 'FTE needed (shrinkage {shrinkage}, {hours} h / week)',
  'report.staffing.fteAssigned': 'FTE assigned to answer requests',
  'report.staffing.achieved': 'Service level with the assigned staff',
  'report.staffing.short':
    'Short of staff: {needed} FTE are needed to meet the service level, {assigned} are assigned.',
  'report.staffing.enough': 'The assigned staff meets the service level at the stated demand.',

  'report.finance.title': 'Financial result',
  'report.finance.baseline': 'Baseline revenue per month',
  'report.finance.margin': 'Gross margin',
  'report.finance.owner': 'Accountable for the result',
  'report.finance.pays': 'The function pays',
  'report.finance.paysText':
    'Target growth {target} reaches the break-even growth {breakEven}: the net effect is {net} per month.',
  'report.finance.doesNotPay': 'The function does not pay',
  'report.finance.doesNotPayText':
    'Target growth {target} is below the break-even growth {breakEven}: raise the goal or lower the cost.',
  'report.finance.incomplete': 'The financial goal is incomplete',
  'report.finance.incompleteText': 'Enter the {fields} to see whether the function pays.',
  'report.finance.costIncomplete': 'The run cost is incomplete',
  'report.finance.costIncompleteText':
    'The financial goal is set, but the run cost is unknown: enter the missing {parts} to see whether the function pays.',
  'report.finance.bothIncomplete': 'The financial goal and the run cost are incomplete',
  'report.finance.bothIncompleteText':
    'Enter the {fields}, and the missing {parts}, to see whether the function pays.',
  'report.finance.missing.baseline': 'baseline revenue',
  'report.finance.missing.growth': 'target growth',
  'report.finance.missing.margin': 'gross margin',
  'report.finance.missing.staff': 'staff costs',
  'report.finance.missing.lines': 'line costs',
  'report.finance.missing.tools': 'tool costs',

  'report.finance.atNeededStaff': 'Costed at the staff it needs',
  'report.finance.atNeededStaffText':
    'The {fte} FTE more that answering requests needs cost {cost} per month: run cost {run}, net effect {net} per month, break-even growth {breakEven}. The decision page counts the function this way.',
  'report.checks.title': 'Open design checks',
  'report.checks.intro':
    '{error, plural, one {# error} other {# errors}}, {warning, plural, one {# warning} other {# warnings}}, {info, plural, one {# note} other {# notes}}.',
  'report.checks.severity': 'Severity',
  'report.checks.element': 'Where',
  'report.checks.message': 'What is wrong and what to do',
  'report.checks.none': 'The design checks found nothing open.',
  'report.checks.project': 'Whole design',

  'report.appendix.title': 'Assumptions and formulas',
  'report.appendix.intro':
    'The figures in this report are computed as follows. Money is rounded to whole currency units for display only.',
  'report.appendix.runCostFormula':
    '∑ (FTE × cost per FTE) + phone lines + monthly cost of tools. One-off cost: the one-off cost of tools.',
  'report.appendix.profitFormula': 'baseline revenue per month × target growth × gross margin.',
  'report.appendix.net': 'Net effect, payback, return',
  'report.appendix.netFormula':
    'net effect per month = incremental gross profit − run cost; payback = one-off cost ÷ net effect per month, or, with a ramp-up, the month when the profit so far (rising evenly over the ramp-up) covers the one-off cost and the run cost so far; return over the planning period = (gain − cost) ÷ cost, where gain = incremental gross profit × months less what the ramp-up has not reached yet, and cost = run cost × months + one-off cost.',
  'report.appendix.breakEvenFormula':
    'run cost ÷ (baseline revenue × gross margin): the growth a function needs just to pay for itself. A function pays when its target growth is at least this.',
  'report.appendix.erlang': 'Staffing (Erlang C)',
  'report.appendix.erlangFormula':
    'traffic A = requests per hour × handling minutes ÷ 60. For N > A agents, the probability of waiting is Erlang C(N, A) and the service level is 1 − P(wait) × e^(−(N − A) × target ÷ handling). The smallest N that meets the service level is divided by (1 − shrinkage) and scaled by coverage hours ÷ {hours} contracted hours per FTE per week, then rounded up to the next half FTE.',
  'report.appendix.period': 'Planning period',
  'report.appendix.periodValue':
    '{months, plural, one {# month} other {# months}}, the first is {start}',
  'report.appendix.currency': 'Currency',

  'report.total': 'Total',
  'report.summary.payingCount': 'Functions that pay',
  'report.summary.payingValue': '{paying} of {assessed}',
  'report.summary.incompleteCosts':
    '{count, plural, one {# function has} other {# functions have}} cost fields left empty; the totals count only the costs entered for {count, plural, one {it} other {them}}: {names}.',
  'report.summary.incompleteProfit':
    '{count, plural, one {# function has} other {# functions have}} an incomplete financial goal, so {count, plural, one {its incremental profit is} other {their incremental profit is}} not in the totals: {names}.',
  'report.summary.categories': 'Totals by category',
  'report.summary.category': 'Category',
  'report.summary.keyFigures': 'Key figures',
  'report.summary.perMonth': 'Per month',
  'report.atLeast': '≥ {amount}',
  'report.costsMissing': '{count, plural, one {# cost missing} other {# costs missing}}',
  'report.summary.humanFigures': '{fte} FTE, of them {dedicated} dedicated; named people: {people}',
  'report.summary.technicalFigures': 'Phone lines: {lines}; tools: {tools}; one-off cost {oneOff}',
  'report.summary.processFigures':
    'Process steps: {steps}; KPIs: {kpis}, measured automatically: {automated}; functions short of staff: {short}',
  'report.summary.financialFigures':
    'Baseline revenue {baseline} per month, incremental gross profit {profit} per month; net result over {period, plural, one {# month} other {# months}}: {periodNet}',
  'report.staffing.shortTitle': 'Not enough staff for the service level',
  'report.appendix.settings': 'Project settings',
  'report.appendix.formulas': 'Formulas',
  'report.appendix.contractedHours': 'Contracted hours per FTE per week',

  'report.scenarios.scenario': 'Scenario',
  'report.scenarios.compared': 'Scenarios compared',
  'report.scenarios.recommended': 'Recommended scenario',
  'report.scenarios.noneRecommended': 'None is marked as recommended',
  'report.scenarios.recommendedColumn': '(recommended)',
  'report.scenarios.recommendedMark': '{name} (recommended)',
  'report.scenarios.decisionTitle': '{title}: “{name}”',
  'report.scenarios.decisionRecommended':
    'This page shows the recommended scenario, “{name}”; all {count} scenarios are set side by side in “{section}”',
  'report.scenarios.decisionFirst':
    'No scenario is marked as recommended, so this page shows “{name}”, the first one chosen; all {count} scenarios are set side by side in “{section}”',
  'report.scenarios.comparisonTitle': 'Scenarios compared',
  'report.scenarios.comparisonIntro':
    'Each scenario at the staff its service levels need, as on the decision page. Differences are against “{reference}”; better and worse are for the company: lower costs, errors and payback time, higher profit and return.',
  'report.scenarios.figure': 'Figure',
  'report.scenarios.difference': '{difference}, {verdict}',
  'report.scenarios.better': 'better',
  'report.scenarios.worse': 'worse',
  'report.scenarios.same': 'no change',
  'report.scenarios.points': '{value} pp',
  'report.scenarios.functionsHeading': 'Functions of “{name}” against “{reference}”',
  'report.scenarios.noDifferences': 'The same functions as in “{reference}”.',
  'report.scenarios.differenceCounts':
    'Functions added: {added} · removed: {removed} · changed: {changed}',
  'report.scenarios.added': 'Added: {function}',
  'report.scenarios.removed': 'Removed: {function}',
  'report.scenarios.changed': 'Changed: {function} — {aspects}',
  'report.scenarios.moreIn': '… and {count} more: see “{section}” of the scenario “{name}”',
  'report.scenarios.partTitle': 'Scenario “{name}”',
  'report.scenarios.partTitleRecommended': 'Scenario “{name}”, recommended',
  'report.scenarios.partIntro': 'The chapters that follow describe the scenario “{name}”.',
  'report.scenarios.choose': 'Scenarios in the report',
  'report.scenarios.recommendedTag': '★ recommended',
  'report.scenarios.chooseHint':
    'With two or more, the report compares them and then describes each one.',
  'report.scenarios.noneChosen': 'Choose at least one scenario.',
} as const;

export type ReportKey = keyof typeof reportEn;
