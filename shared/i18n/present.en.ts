/** Presentation mode and the workshop layout: slides, their navigation, the slide order. */
export const presentEn = {
  'present.label': 'Presentation',
  'present.slideOf': 'Slide {n} of {count}',
  'present.previous': 'Previous slide',
  'present.next': 'Next slide',
  'present.exit': 'Leave the presentation',
  'present.goTo': 'Go to slide {n}',
  'present.keys':
    'Arrows, Space or Page Up / Down move between slides; a number and Enter jumps; Esc leaves.',
  'present.functions': '{count, plural, one {# function} other {# functions}}',
  'present.people': 'People',
  'present.lines': 'Lines',
  'present.kpis': 'KPIs',
  'present.money': 'Money',
  'present.owner': 'Owner',
  'present.namedPeople': 'Named people',
  'present.tools': 'Tools',
  'present.linesTools': 'Lines and tools per month',
  'present.noKpis': 'No KPIs set yet',
  'present.moreKpis': '{count, plural, one {and # more KPI} other {and # more KPIs}}',
  'present.checksNone': 'No design checks: the function holds together.',
  'present.moreChecks':
    '{count, plural, one {and # more check in the checks panel} other {and # more checks in the checks panel}}',
  'present.summary.title': 'The design in figures',
  'present.summary.doesNotPay': 'Do not pay for themselves',
  'present.summary.allPay': 'Every function with enough data pays for itself.',
  'present.summary.unknown':
    '{count, plural, one {# function has not enough data to tell} other {# functions have not enough data to tell}}',
  'present.empty': 'The design has no functions yet.',
  'present.order.title': 'Presentation order',
  'present.order.hint':
    'The slides follow this list. Until you change it: department by department, each from the top left of the layout to the bottom right.',
  'present.order.reset': 'Back to the layout order',
} as const;

export type PresentKey = keyof typeof presentEn;
