/**
 * English strings of the start screen, the canvas hint, the shortcuts sheet and the glossary. The
 * Russian catalog must have exactly these keys (checked by the compiler).
 */
export const helpEn = {
  'start.title': 'Where to start',
  'start.intro':
    'Design how your sales system is split into functions — who does what, on which lines, against which KPIs — and see whether each function pays for itself.',
  'start.samples': 'Open a sample',
  'start.sample.key-accounts':
    'One function in full: a key account manager, a dedicated support line with its staffing by Erlang C, KPIs and the growth that pays for it.',
  'start.sample.specialised-sales':
    'A whole specialised sales system: six functions in three departments, hand-offs between them, and which of them pay and which do not.',
  'start.begin': 'Start your own',
  'start.new': 'New project',
  'start.new.about': 'An empty canvas for your own design.',
  'start.import': 'Import file…',
  'start.import.about': 'A project file saved from this workbench.',
  'start.recent': 'Recent projects',
  'start.recent.none': 'None yet: the projects you open will be listed here.',
  'start.library': 'All projects…',
  'start.back': 'Back to “{name}”',
  'start.busy': 'Opening…',

  'about.text':
    'A workbench for sales directors: design how the sales system is specialised into functions, check each design against the method (owners, KPIs that can be measured, staffing by Erlang C, the growth that pays for every function) and hand leadership a PDF report.',
  'about.version': 'Version {version}',
  'about.storage.browser': 'Your projects are kept in this browser on this computer.',
  'about.storage.desktop': 'Your projects are kept as files on this computer.',

  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.intro':
    'Every command and its keys. Commands without keys are in the menus and in the command list ({palette}).',
  'shortcuts.command': 'Command',
  'shortcuts.keys': 'Keys',
  'shortcuts.none': 'no keys',
  'shortcuts.or': 'or',
  'shortcuts.group.file': 'File',
  'shortcuts.group.edit': 'Editing',
  'shortcuts.group.view': 'View',
  'shortcuts.group.help': 'Help',
  'shortcuts.group.other': 'On the canvas',

  'glossary.title': 'Glossary',
  'glossary.intro': 'The terms of the method as the workbench uses them.',
  'glossary.info': 'What is “{term}”?',
  'glossary.term.breakEven': 'Break-even growth',
  'glossary.text.breakEven':
    'The revenue growth at which the extra gross profit exactly pays the function’s monthly run cost: run cost ÷ (baseline revenue × gross margin). A target growth below it means the function does not pay for itself.',
  'glossary.term.erlangC': 'Erlang C',
  'glossary.text.erlangC':
    'The queueing formula that staffs a line. From the load in erlangs and a number of people answering, it gives the chance that a request has to wait and how long it waits. The workbench adds people until the service level is reached.',
  'glossary.term.serviceLevel': 'Service level',
  'glossary.text.serviceLevel':
    'The share of requests answered within a target time, for example 80 % within 20 seconds. The staffing of a line is calculated to reach it.',
  'glossary.term.shrinkage': 'Shrinkage',
  'glossary.text.shrinkage':
    'The part of paid time in which people cannot answer requests: breaks, training, meetings, holidays, sick leave. The people needed at every moment are divided by (1 − shrinkage) to get the headcount to hire.',
  'glossary.term.fte': 'FTE',
  'glossary.text.fte':
    'Full-time equivalent: one person working full time. Two people at half time make 1 FTE. The cost of a role is entered per FTE.',
  'glossary.term.erlangs': 'Erlangs',
  'glossary.text.erlangs':
    'The load on a line: requests per hour × handling time in hours. A load of 3 erlangs keeps three people busy on average at every moment — the minimum before any queueing.',
  'hint.title': 'First steps',
  'hint.text':
    'Drag a function from the left panel onto the canvas, or press {palette} and type its name. Select a card to fill in its people, lines, KPIs and money on the right. Press {shortcuts} for every shortcut.',
  'hint.dismiss': 'Got it',
} as const;

export type HelpKey = keyof typeof helpEn;
