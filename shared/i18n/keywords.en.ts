/**
 * Words people type in the command palette (Ctrl/Cmd+K) for a command besides its label: a
 * palette search matches a typed word against the start of any of them. One key per command the
 * palette lists, written for what a sales director types, not a thesaurus. Only the palette's
 * search reads them, and it loads on demand: they are in the catalog's later part.
 * Not `command.<id>.keywords`: the first screen names `command.edit.nudge${…}`, which would claim
 * the nudges' keywords for the first part (test/unit/i18n/catalog-parts.test.ts).
 */
export const keywordsEn = {
  'palette.keywords.file.save': 'store keep write',
  'palette.keywords.file.exportPdf': 'download report document file',
  'palette.keywords.file.print': 'printer paper pdf hard copy report',
  'palette.keywords.file.library': 'open projects list designs files recent',
  'palette.keywords.file.newProject': 'create blank start new design',
  'palette.keywords.file.importProject': 'open load upload json file',
  'palette.keywords.file.exportProject': 'download backup share send json file',
  'palette.keywords.file.versions': 'history restore revert backup snapshot earlier',
  'palette.keywords.edit.undo': 'back revert step cancel',
  'palette.keywords.edit.redo': 'again repeat forward',
  'palette.keywords.edit.cut': 'clipboard move',
  'palette.keywords.edit.copy': 'clipboard',
  'palette.keywords.edit.paste': 'clipboard insert',
  'palette.keywords.edit.duplicate': 'clone copy repeat',
  'palette.keywords.edit.rename': 'name title edit',
  'palette.keywords.edit.delete': 'remove erase trash',
  'palette.keywords.edit.selectAll': 'everything cards',
  'palette.keywords.edit.nudgeLeft': 'nudge shift arrow',
  'palette.keywords.edit.nudgeRight': 'nudge shift arrow',
  'palette.keywords.edit.nudgeUp': 'nudge shift arrow',
  'palette.keywords.edit.nudgeDown': 'nudge shift arrow',
  'palette.keywords.edit.group': 'team unit division department frame',
  'palette.keywords.edit.ungroup': 'remove team unit division frame',
  'palette.keywords.edit.linkTo': 'connect connection arrow handoff hand-off flow',
  'palette.keywords.edit.autoLayout': 'tidy layout organize organise align sort clean up',
  'palette.keywords.view.find': 'search look locate go to function card',
  'palette.keywords.view.fit': 'whole all overview show everything screen',
  'palette.keywords.view.zoomIn': 'magnify bigger enlarge closer plus',
  'palette.keywords.view.zoomOut': 'smaller shrink farther minus',
  'palette.keywords.view.zoomToSelection': 'focus selected show',
  'palette.keywords.view.detail': 'details more figures compact view',
  'palette.keywords.view.language': 'russian english translate locale',
  'palette.keywords.view.theme':
    'dark mode light night colors colours contrast projector appearance',
  'palette.keywords.view.present': 'presentation slides slideshow meeting show demo board',
  'palette.keywords.view.panels': 'full screen fullscreen focus clean workshop hide sidebar',
  'palette.keywords.view.largeType': 'font size bigger text readable zoom accessibility',
  'palette.keywords.help.shortcuts': 'keys hotkeys keyboard help',
  'palette.keywords.help.glossary': 'terms dictionary definitions meaning help',
  'palette.keywords.help.about': 'version info information help',
  'palette.keywords.scenario.new': 'scenario option alternative create what if',
  'palette.keywords.scenario.switchTo': 'variant option open go choose',
  'palette.keywords.scenario.next': 'variant option forward',
  'palette.keywords.scenario.previous': 'variant option back',
  'palette.keywords.scenario.rename': 'variant option name title',
  'palette.keywords.scenario.recommend': 'variant option mark choose best preferred',
  'palette.keywords.scenario.delete': 'variant option remove',
  'palette.keywords.scenario.compare': 'variant option versus vs diff side by side',
  'palette.keywords.scenario.differences': 'variant option compare changes diff highlight',
} as const;

export type KeywordKey = keyof typeof keywordsEn;
