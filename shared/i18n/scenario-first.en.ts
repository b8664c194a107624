/**
 * English strings of scenarios that the first screen shows (the toolbar's switcher, the
 * commands, the canvas's differences overlay): part of the first catalog (catalog.en.ts). The
 * dialogs' and the compare view's are in scenario.en.ts.
 */
export const scenarioFirstEn = {
  'scenario.recommended': 'recommended',
  'scenario.switcher.label': 'Scenario: {name}',
  'scenario.switcher.prefix': 'Scenario:',
  'scenario.switcher.menu': 'Scenarios',
  'scenario.switcher.markRecommended': 'Mark as recommended',
  'scenario.switcher.unmarkRecommended': 'Unmark as recommended',
  'scenario.switcher.baselineStays': 'The current system stays: it cannot be deleted.',
  'scenario.switcher.readOnly':
    'Another tab edits this project: switching scenarios would change it, so it is unavailable here.',
  'scenario.status': 'Scenario: {name}',

  'scenario.command.new': 'New variant…',
  'scenario.command.next': 'Next scenario',
  'scenario.command.previous': 'Previous scenario',
  'scenario.command.switchTo': 'Switch to scenario…',
  'scenario.command.rename': 'Rename scenario…',
  'scenario.command.delete': 'Delete scenario…',
  'scenario.command.recommend': 'Recommended scenario',
  'scenario.command.compare': 'Compare scenarios…',
  'scenario.command.differences': 'Show differences on the canvas',

  'scenario.diff.toggle': 'Show differences against “{name}”',
} as const;

export type ScenarioFirstKey = keyof typeof scenarioFirstEn;
