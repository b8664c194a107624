import type { ScenarioFirstKey } from './scenario-first.en';

/** English strings of scenarios: the switcher, its dialogs, the compare view and the canvas overlay. */
export const scenarioEn = {
  'menu.scenario': 'Scenario',
  'shortcuts.group.scenario': 'Scenarios',
  'scenario.dialog.cancel': 'Cancel',
  'scenario.dialog.name': 'Name',
  'scenario.new.title': 'New variant',
  'scenario.new.intro':
    'A variant starts as a copy of the design you base it on; edit it on the canvas and compare it with the others.',
  'scenario.new.from': 'Based on',
  'scenario.new.create': 'Create',
  'scenario.new.defaultName': 'Variant {n}',
  'scenario.rename.title': 'Rename scenario',
  'scenario.rename.save': 'Rename',
  'scenario.name.empty': 'Give the scenario a name.',
  'scenario.name.taken': 'There is already a scenario named “{name}”: choose another name.',
  'scenario.delete.title': 'Delete the scenario “{name}”?',
  'scenario.delete.text':
    'Its design goes with it; the other scenarios stay as they are, and the current system comes onto the canvas if this one was there. Undo (Ctrl+Z) brings it back.',
  'scenario.delete.confirm': 'Delete scenario',
  'scenario.switchTo.title': 'Switch to scenario',
  'scenario.switchTo.placeholder': 'Type part of a scenario’s name',
  'scenario.switchTo.none': 'No scenario has that name',
  'scenario.switchTo.onCanvas': 'on the canvas',

  'scenario.compare.title': 'Compare scenarios',
  'scenario.compare.pick': 'Scenarios (up to {count})',
  'scenario.compare.reference': 'Compare against',
  'scenario.compare.figures': 'Decision figures at the staff the service levels need',
  'scenario.compare.figure': 'Figure',
  'scenario.compare.referenceColumn': '{name} (reference)',
  'scenario.compare.functions': '“{scenario}”: functions that differ from “{reference}”',
  'scenario.compare.function': 'Function',
  'scenario.compare.change': 'What changed',
  'scenario.compare.fte': 'FTE',
  'scenario.compare.cost': 'Monthly cost',
  'scenario.compare.profit': 'Incremental profit per month',
  'scenario.compare.none': 'No function differs from the reference.',
  'scenario.compare.pickTwo': 'Pick at least two scenarios to compare.',
  'scenario.compare.rowHint': 'Show “{function}” in “{scenario}” on the canvas',
  'scenario.compare.notEnoughData': '— not enough data',
  'scenario.compare.fromTo': '{before} → {after}',

  'scenario.delta.same': 'no change',
  'scenario.delta.better': 'better',
  'scenario.delta.worse': 'worse',
  'scenario.delta.unknown': 'cannot be compared: not enough data',
  'scenario.delta.months': '{delta} months',
  'scenario.delta.points': '{delta} pp',

  'scenario.kind.added': 'Added',
  'scenario.kind.removed': 'Removed',
  'scenario.kind.changed': 'Changed',
  'scenario.diff.removed': 'Removed',
  'scenario.diff.summary':
    'Differences against “{name}”: {added} new, {changed} changed, {removed} removed',
  'scenario.diff.isReference':
    'The canvas shows “{name}”, the reference itself: switch to a variant to see what differs.',

  'scenario.aspect.identity': 'name, type or purpose',
  'scenario.aspect.department': 'department',
  'scenario.aspect.staff': 'staff',
  'scenario.aspect.people': 'people',
  'scenario.aspect.lines': 'phone lines',
  'scenario.aspect.tools': 'tools',
  'scenario.aspect.kpis': 'KPIs',
  'scenario.aspect.money': 'financial goal',
  'scenario.aspect.demand': 'demand',
  'scenario.aspect.steps': 'process steps',
  'scenario.aspect.links': 'links',
  'scenario.diff.new': 'New',
  'scenario.diff.changed': 'Changed: {aspects}',
} as const;

/** Every scenario key: these and those in scenario-first.en.ts. */
export type ScenarioKey = keyof typeof scenarioEn | ScenarioFirstKey;
