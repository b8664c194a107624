/**
 * English UI strings. The Russian catalog must have exactly these keys (checked by the compiler),
 * and the same {placeholders} (checked by a unit test).
 */
export const uiEn = {
  'app.title': 'Sales System Workbench',
  'app.untitled': 'Untitled design',
  'app.loading': 'Opening your design…',
  'app.startFailed':
    'The workbench could not start. Reload the page; your saved projects are untouched.',
  'app.edition.desktop': 'Desktop',
  'app.edition.browser': 'Browser edition',
  'app.about': 'Sales System Workbench {version}. Design the specialization of a sales system.',

  'dialog.ok': 'OK',

  'menu.file': 'File',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.help': 'Help',
  'menu.quit': 'Quit',
  'menu.devtools': 'Developer tools',

  'command.file.save': 'Save',
  'command.edit.undo': 'Undo',
  'command.edit.redo': 'Redo',
  'command.view.fit': 'Zoom to fit',
  'command.view.zoomIn': 'Zoom in',
  'command.view.zoomOut': 'Zoom out',
  'command.view.language': 'Русский / English',
  'command.view.theme': 'Next theme',
  'command.help.about': 'About',

  'toolbar.label': 'Main toolbar',
  'toolbar.projectName': 'Project name',
  'toolbar.language': 'Interface language',
  'toolbar.theme': 'Theme',

  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.contrast': 'High contrast',

  'language.ru': 'Русский',
  'language.en': 'English',

  'canvas.label': 'Sales system design canvas',
  'canvas.empty': 'The canvas is empty. Functions you add will appear here.',

  'status.label': 'Status',
  'status.saved': 'Saved {time}',
  'status.unsaved': 'Unsaved changes',
  'status.saving': 'Saving…',
  'status.neverSaved': 'Not saved yet',
  'status.saveFailed': 'Not saved: {reason}. Your work is still here; try Save again.',
  'status.functions': 'Functions: {count}',

  'error.invalid-request': 'the data was refused as invalid',
  'error.not-found': 'the project was not found',
  'error.damaged': 'the stored file is damaged',
  'error.storage-full': 'the disk or browser storage is full',
  'error.storage-unavailable': 'storage is not available',
  'error.forbidden': 'the request was not allowed',
  'error.internal': 'an unexpected error occurred',
  'error.openFailed': 'Could not open the last project: {reason}. A new design was started.',
} as const;

export type UiKey = keyof typeof uiEn;
