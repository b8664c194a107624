import { Info, Maximize, Palette, Rows3, ZoomIn, ZoomOut } from 'lucide-react';
import { LANGUAGES } from '../../shared/i18n';
import { THEMES } from '../../shared/port/settings';
import { fromMenu } from './command';

function next<T>(values: readonly T[], current: T): T {
  return values[(values.indexOf(current) + 1) % values.length] as T;
}

/** View and Help menus: dialogs, zoom, card detail, language and theme; none edits. */
export const VIEW_COMMANDS = [
  fromMenu('view.commandPalette', {
    keepsDocument: true,
    perform: (editor) => editor.openDialog('commands'),
  }),
  fromMenu('view.find', {
    keepsDocument: true,
    perform: (editor) => editor.openDialog('find'),
  }),
  fromMenu('view.fit', {
    keepsDocument: true,
    icon: Maximize,
    perform: ({ flow }) => void flow?.fitView({ padding: 0.15, duration: 200 }),
  }),
  fromMenu('view.zoomIn', {
    keepsDocument: true,
    icon: ZoomIn,
    perform: ({ flow }) => void flow?.zoomIn({ duration: 150 }),
  }),
  fromMenu('view.zoomOut', {
    keepsDocument: true,
    icon: ZoomOut,
    perform: ({ flow }) => void flow?.zoomOut({ duration: 150 }),
  }),
  fromMenu('view.detail', {
    keepsDocument: true,
    icon: Rows3,
    checked: ({ doc }) => doc.detail === 'detailed',
    perform: ({ store }) =>
      store.getState().setDetail(store.getState().detail === 'detailed' ? 'compact' : 'detailed'),
  }),
  fromMenu('view.language', {
    keepsDocument: true,
    perform: ({ store, port }) => {
      const language = next(LANGUAGES, store.getState().language);
      store.getState().setLanguage(language);
      void port.updateSettings({ language }).catch((error: unknown) => console.error(error));
    },
  }),
  fromMenu('view.theme', {
    keepsDocument: true,
    icon: Palette,
    perform: ({ store, port }) => {
      const theme = next(THEMES, store.getState().theme);
      store.getState().setTheme(theme);
      void port.updateSettings({ theme }).catch((error: unknown) => console.error(error));
    },
  }),
  fromMenu('help.about', {
    keepsDocument: true,
    icon: Info,
    perform: (editor) => editor.openDialog('about'),
  }),
];
