/**
 * English strings of the library that the first screen uses (window title, start-up and import
 * notices, commands, dates): part of the first catalog (catalog.en.ts). The library screen's
 * own are in library.en.ts.
 */
export const libraryFirstEn = {
  'library.copyName': '{name} (copy)',
  'library.toast.exported': 'Exported “{file}”.',
  'library.import.refused':
    'The file “{file}” was not imported: {reason}. Nothing in your library was changed.',
  'library.import.too-large': 'it is larger than {limit} MB, far larger than any project',
  'library.import.bad-encoding':
    'its text is not in UTF-8 (perhaps Windows-1251 or another old encoding); save it as UTF-8 and import it again',
  'library.import.empty': 'it is empty',
  'library.import.not-json': 'it is not a project file (its text is not valid JSON)',
  'library.import.too-deep':
    'it is nested far deeper than any project, so it is not a project file',
  'library.import.invalid': 'its content does not match the project format',
  'library.import.newer-version':
    'it was made by a newer version of the app; update the app to open it',
  'library.import.unreadable': 'the file could not be read',
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
