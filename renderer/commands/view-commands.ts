import { Info, Maximize, Palette, Presentation, Rows3, ZoomIn, ZoomOut } from 'lucide-react';
import { LANGUAGES, loadCatalog } from '../../shared/i18n';
import { THEMES } from '../../shared/port/settings';
import { fitWholeDesign } from '../canvas/view-fit';
import { startPresentation } from '../presentation/presentation-mode';
import { fromMenu } from './command';

function next<T>(values: readonly T[], current: T): T {
  return values[(values.indexOf(current) + 1) % values.length] as T;
}

/** View and Help menus: dialogs, zoom, card detail, language, theme and the workshop views; none edits. */
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
    perform: ({ flow }) => fitWholeDesign(flow, 200),
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
  fromMenu('view.zoomToSelection', {
    keepsDocument: true,
    enabled: ({ doc }) => doc.selection.functionIds.length > 0,
    perform: ({ store, flow }) => {
      const nodes = store.getState().selection.functionIds.map((id) => ({ id }));
      void flow?.fitView({ nodes, padding: 0.3, maxZoom: 1.5, duration: 200 });
    },
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
    keepsPresentation: true,
    perform: ({ store, port }) => {
      const language = next(LANGUAGES, store.getState().language);
      // The other language's catalog is fetched on first use; the switch shows once it is here.
      void loadCatalog(language)
        .then(() => {
          store.getState().setLanguage(language);
          return port.updateSettings({ language });
        })
        .catch((error: unknown) => console.error(error));
    },
  }),
  fromMenu('view.theme', {
    keepsDocument: true,
    keepsPresentation: true,
    icon: Palette,
    perform: ({ store, port }) => {
      const theme = next(THEMES, store.getState().theme);
      store.getState().setTheme(theme);
      void port.updateSettings({ theme }).catch((error: unknown) => console.error(error));
    },
  }),
  fromMenu('help.shortcuts', {
    keepsDocument: true,
    perform: (editor) => editor.openDialog('shortcuts'),
  }),
  fromMenu('help.glossary', {
    keepsDocument: true,
    perform: (editor) => editor.openGlossary(),
  }),
  fromMenu('view.present', {
    keepsDocument: true,
    icon: Presentation,
    // The slides show the design open in the editor; the library has none to show.
    enabled: ({ navigation, view }) =>
      navigation.screen === 'editor' && view.presentation === undefined,
    perform: startPresentation,
  }),
  fromMenu('view.panels', {
    keepsDocument: true,
    checked: ({ view }) => view.panelsHidden,
    perform: ({ view }) => view.setState({ panelsHidden: !view.getState().panelsHidden }),
  }),
  fromMenu('view.largeType', {
    keepsDocument: true,
    keepsPresentation: true,
    checked: ({ doc }) => doc.largeType,
    perform: ({ store, port }) => {
      const largeType = !store.getState().largeType;
      store.getState().setLargeType(largeType);
      void port.updateSettings({ largeType }).catch((error: unknown) => console.error(error));
    },
  }),
  fromMenu('help.about', {
    keepsDocument: true,
    icon: Info,
    perform: (editor) => editor.openDialog('about'),
  }),
];
