/**
 * English strings of the library that the first screen uses (window title, start-up notices,
 * commands, dates): part of the first catalog (catalog.en.ts). The library screen's own
 * (import refusals among them) are in library.en.ts.
 */
export const libraryFirstEn = {
  'library.failed': 'That did not work: {reason}.',
  'library.advice.storage-full':
    'Free some space (empty the trash, or free disk space) and try again.',
  'library.advice.storage-unavailable':
    'Storage cannot be used right now (a private window, or blocked site data). Nothing was lost; try again once it is available.',
  'library.unsavedEditor':
    'The open design “{name}” has changes that could not be saved: {reason}. Go back to it and save before opening another project.',
  'library.openFailed': '“{name}” could not be opened: {reason}.',
  'library.startup.settings-reset':
    'The settings file was damaged, so it was set aside and rebuilt: language, theme and the recent list are back to their defaults. Your projects are unharmed — they are all listed here.',
  'library.startup.index-rebuilt':
    'The list of projects was damaged and has been rebuilt from the project files themselves. No project was lost.',
  'library.lastMissing': 'The last opened project is no longer in the library. Choose another one.',
  'library.notice.migrated':
    'This project was written by an older version (format {version}) and has been upgraded; the original file is kept as a backup.',
  'library.command.library': 'Projects…',
  'library.command.newProject': 'New project…',
  'library.command.importProject': 'Import a project file…',
  'library.command.exportProject': 'Export the project file…',
  'library.command.versions': 'Versions…',
  'library.time.today': 'today {time}',
  'library.time.yesterday': 'yesterday {time}',
  'library.size.kilobytes': '{size} KB',
  'library.opening.text': 'Opening “{file}”…',
  'library.opening.cancel': 'Cancel',
  'library.window.saved': '{name} — {app}',
  'library.window.unsaved': '• {name} — {app}',
  'library.window.failed': '⚠ {name} (not saved) — {app}',
} as const;

export type LibraryFirstKey = keyof typeof libraryFirstEn;
