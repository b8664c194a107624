import type { LibraryFirstKey } from './library-first.en';

/** English strings of the library. The Russian catalog has the same keys and placeholders. */
export const libraryEn = {
  'library.title': 'Projects',
  'library.back': 'Back to “{name}”',
  'library.new': 'New project',
  'library.fromSample': 'From a sample…',
  'library.fromSample.label': 'Create a project from a sample',
  'library.import': 'Import a file…',
  'library.search': 'Search by name or company',
  'library.sort': 'Sort by',
  'library.sort.updated': 'Last change',
  'library.sort.name': 'Name',
  'library.sort.company': 'Company',
  'library.sort.errors': 'Open errors',
  'library.recent': 'Recently opened',
  'library.list': 'Your projects',
  'library.loading': 'Reading the library…',
  'library.empty': 'No projects yet. Create one, start from a sample or import a project file.',
  'library.noMatch': 'No project matches “{query}”.',
  'library.column.name': 'Name',
  'library.column.company': 'Company',
  'library.column.updated': 'Last change',
  'library.column.functions': 'Functions',
  'library.column.fte': 'FTE',
  'library.column.errors': 'Open errors',
  'library.column.actions': 'Actions',
  'library.current': 'open in the editor',
  'library.damaged': 'Damaged',
  /** The baseline scenario's name while the user has not named it. */
  'library.scenarios': '{count, plural, one {# scenario} other {# scenarios}}',
  'library.figuresOf': 'Figures: {scenario}',
  'library.figuresOf.hint':
    'The figures in this row are of the scenario “{scenario}”, the one the project was saved and opens on.',
  'library.damaged.hint': 'The stored file cannot be read. Recover it from a backup.',
  'library.action.open': 'Open “{name}”',
  'library.action.rename': 'Rename',
  'library.action.duplicate': 'Duplicate',
  'library.action.export': 'Export the file',
  'library.action.delete': 'Move to the trash',
  'library.action.recover': 'Recover…',
  'library.rename.label': 'New name of “{name}”',
  'library.rename.save': 'Save',
  'library.rename.cancel': 'Cancel',
  'library.trash': 'Trash ({count})',
  'library.trash.hint':
    'Projects in the trash are deleted for good after {days, plural, one {# day} other {# days}}.',
  'library.trash.empty': 'The trash is empty.',
  'library.trash.deletedAt': 'moved to the trash {time}',
  'library.trash.restore': 'Restore',
  'library.trash.purge': 'Delete for good',
  'library.trash.purgeConfirm': 'Delete “{name}” and its backups for good?',
  'library.trash.purgeYes': 'Delete',
  'library.trash.purgeNo': 'Keep',
  'library.toast.trashed': '“{name}” was moved to the trash.',
  'library.toast.undo': 'Undo',
  'library.toast.restored': '“{name}” is back in the library.',
  'library.toast.purged': '“{name}” was deleted for good.',
  'library.toast.renamed': 'Renamed to “{name}”.',
  'library.toast.duplicated': 'Created “{name}”.',
  'library.toast.imported': 'Imported “{name}”.',
  'library.toast.importedMigrated':
    'Imported “{name}”; it was written by an older version (format {version}) and has been upgraded.',
  'library.toast.alreadyPresent': '“{name}” is already in the library, unchanged.',
  'library.toast.dismiss': 'Dismiss',
  'library.details': 'Details: {detail}',
  'library.notice.recovered': 'Continued from the version saved {time}.',
  'library.recover.title': '“{name}” cannot be opened',
  'library.recover.text':
    'Its stored file is damaged. The damaged file is kept aside and will not be overwritten. You can continue from an earlier version:',
  'library.recover.loading': 'Looking for earlier versions…',
  'library.recover.none':
    'No readable earlier version exists. The damaged file stays in storage untouched.',
  'library.recover.version':
    '{time} — “{name}”, {functions, plural, one {# function} other {# functions}}',
  'library.recover.original': '{time} — as it was before an upgrade',
  'library.recover.unreadable': '{time} — cannot be read either',
  'library.recover.open': 'Continue from this version',
  'library.recover.cancel': 'Not now',
  'library.versions.title': 'Versions of “{name}”',
  'library.versions.text':
    'Earlier versions are kept by themselves: when the project is opened, at most one per {minutes} minutes of editing, and one a day for {days} days. Restoring a version keeps the current one here as well.',
  'library.versions.loading': 'Looking for versions…',
  'library.versions.none':
    'No earlier versions yet. One is kept as soon as a change is saved, then at most one per {minutes} minutes of editing.',
  'library.versions.list': 'Versions, newest first',
  'library.versions.rolling':
    '{time} — {size}, checkpoint: “{name}”, {functions, plural, one {# function} other {# functions}}',
  'library.versions.original': '{time} — {size}, as it was before a format upgrade',
  'library.versions.damaged': '{time} — {size}, damaged: cannot be restored',
  'library.versions.restore': 'Restore',
  'library.versions.close': 'Close',
  'library.versions.readOnly':
    'Restoring is off here: this project is being edited in another tab. Restore a version there.',
  'library.versions.unreadable':
    'This version cannot be read, so it was not restored. The project and its versions are as they were.',
  'library.versions.failed':
    'The version could not be restored: {reason}. The project is as it was.',
  'library.versions.restored':
    'Restored the version saved {time}. The one it replaced is kept under Versions…, and Undo brings it back.',
  'library.menu.recent': 'Open recent',
  'library.menu.noRecent': 'No recent projects',
  'library.openFile.failed':
    'The file “{file}” could not be opened: {reason}. Nothing in your library was changed.',
  'library.close.failed': 'Your latest changes could not be saved.',
  'library.close.failedDetail':
    'Retry tries to save again. Close without saving loses the changes made since the last save. Cancel keeps the window open.',
  'library.close.retry': 'Retry',
  'library.close.discard': 'Close without saving',
  'library.close.cancel': 'Cancel',
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
  'library.copyName': '{name} (copy)',
  'library.toast.exported': 'Exported “{file}”.',
} as const;

/** Every library key: these and those in library-first.en.ts. */
export type LibraryKey = keyof typeof libraryEn | LibraryFirstKey;
