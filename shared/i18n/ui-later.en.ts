/**
 * English strings of the shell that only on-demand screens show (export and print dialogs, the
 * summary and checks panels, the conflict dialog, the desktop menus): the later part of the
 * catalog (catalog-later.en.ts). The first screen's are in ui.en.ts.
 */
export const uiLaterEn = {
  'canvas.drop.besideCard': 'The new card was placed beside “{name}” so as not to cover it.',
  'canvas.drop.outsideDepartment':
    'The new card was placed outside the group “{name}” so as not to look like its member.',
  'canvas.drag.outsideDepartment':
    'Moved clear of the group “{name}”, so as not to look like part of it.',
  'canvas.drag.besideCard':
    'Moved clear of “{name}”, so that the group’s frame does not take that card in.',
  'app.loading': 'Opening your design…',
  'export.title': 'Export the PDF report',
  'export.intro':
    'An A4 specialization report for leadership: summary, diagram, one section per function, open checks.',
  'export.language': 'Language of the report',
  'export.run': 'Export PDF',
  'export.working': 'Preparing the report…',
  'export.savedTo': 'Saved to {path}',
  'export.downloaded': 'The report has been downloaded.',
  'export.failed': 'The report was not exported: {reason}. Your design is unchanged; try again.',
  'export.failedReason': 'the PDF could not be made',
  'print.title': 'Print the report',
  'print.intro':
    'The same A4 report as the PDF export, sent to the print dialog of your system (in the browser edition, opened in a new tab to print from there).',
  'print.run': 'Print…',
  'print.sent': 'The report went to the print dialog.',
  'print.opened': 'The report opened in a new tab: print it from there.',
  'print.cancelled': 'Printing was cancelled.',
  'print.failed': 'The report was not printed: {reason}. Your design is unchanged; try again.',
  'dialog.ok': 'OK',

  'menu.file': 'File',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.help': 'Help',
  'menu.quit': 'Quit',
  'menu.devtools': 'Developer tools',

  'toolbar.theme': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.contrast': 'High contrast',
  'theme.projector': 'Projector',

  'checks.none': 'No problems found in this design.',
  'checks.severity.error': 'Error',
  'checks.severity.warning': 'Warning',
  'checks.severity.info': 'Note',
  'checks.focus': 'Show the function and the field to fix',

  'summary.functions': 'Functions',
  'summary.fte': 'Headcount',
  'summary.runCost': 'Monthly run cost',
  'summary.oneOff': 'One-off cost',
  'summary.profit': 'Incremental gross profit / month',
  'summary.net': 'Net monthly effect',
  'summary.pays': 'Pay for themselves',
  'summary.doesNotPay': 'Do not pay',
  'summary.unknown': 'Not enough data',
  'summary.incomplete.costs':
    '{count, plural, one {# function has} other {# functions have}} costs not entered yet: the cost totals count only the costs entered.',
  'summary.incomplete.profit':
    '{count, plural, one {# function is} other {# functions are}} left out of the profit and the net effect: revenue, growth or margin missing.',
  'summary.category.human': 'Human resources',
  'summary.category.technical': 'Technical resources',
  'summary.category.process': 'Business process',
  'summary.category.financial': 'Financial result',
  'summary.lines': 'Phone lines',
  'summary.tools': 'Tools',
  'summary.kpis': 'KPIs (automated)',
  'summary.understaffed': 'Short of staff for their demand',
  'summary.baseline': 'Baseline revenue / month',
  'summary.empty': 'Add functions to see the totals of the design.',
  'summary.emptyReadOnly': 'The design has no functions yet, so there are no totals.',

  'link.title': 'Link',
  'link.kind': 'Kind',
  'link.label': 'Label',
  'link.from': 'From',
  'link.to': 'To',
  'link.delete': 'Delete link',

  'conflict.title': 'This project was changed elsewhere',
  'conflict.text':
    'Since this window opened it, another tab or another program stored a different version. Your latest changes here are not saved. Which version do you keep?',
  'conflict.reload': 'Load the stored version',
  'conflict.keepCopy': 'Keep mine as a copy',
  'conflict.failed': 'That did not work; your changes are still here. Try again.',
  'status.openElsewhere.banner':
    'This project is being edited in another tab. Here it is read-only: nothing can be changed or saved. It becomes editable when the other tab closes it, or take over here (the other tab then turns read-only).',
  'status.openElsewhere.takeOver': 'Take over here',
} as const;

export type UiLaterKey = keyof typeof uiLaterEn;
