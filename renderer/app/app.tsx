import { Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { loadOutputTexts } from '../../shared/i18n';
import { performCommand } from '../commands/command';
import { commandById } from '../commands/commands';
import { useClipboardEvents } from '../commands/use-clipboard-events';
import { useKeyboardShortcuts } from '../commands/use-keyboard-shortcuts';
import { useMenuState } from '../commands/use-menu-state';
import { EditorScreen } from '../editor/editor-screen';
import { libraryCommands } from '../library/commands';
import { guardClose, startAutosave, windowTitleOf } from '../state/persistence';
import { FileOpeningNotice } from '../shell/file-opening-notice';
import { StatusBar } from '../shell/status-bar';
import { Toolbar } from '../shell/toolbar';
import { lazyComponent, lazyDialog, preloadOnDemandCode } from '../ui-kit/lazy';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import type { WorkbenchState } from '../state/store';

// Not needed by the first screen: loaded when first shown.
const LibraryScreen = lazyComponent(() =>
  import('../library/library-screen').then((m) => m.LibraryScreen),
);
const StartScreen = lazyComponent(() => import('../start/start-screen').then((m) => m.StartScreen));
const AboutDialog = lazyDialog(() => import('../shell/about-dialog').then((m) => m.AboutDialog));
const ShortcutsDialog = lazyDialog(() =>
  import('../help/shortcuts-dialog').then((m) => m.ShortcutsDialog),
);
const GlossaryDialog = lazyDialog(() =>
  import('../help/glossary-dialog').then((m) => m.GlossaryDialog),
);
const VersionsDialog = lazyDialog(() =>
  import('../library/versions-dialog').then((m) => m.VersionsDialog),
);
// With the report's and the presentation's texts, which the first screen does not carry.
const Presentation = lazyComponent(() =>
  Promise.all([import('../presentation/presentation'), loadOutputTexts()]).then(
    ([m]) => m.Presentation,
  ),
);
const CompareDialog = lazyDialog(() =>
  import('../scenarios/compare-dialog').then((m) => m.CompareDialog),
);
// Only while another tab edits the project.
const OpenElsewhereBanner = lazyComponent(() =>
  import('../shell/open-elsewhere-banner').then((m) => m.OpenElsewhereBanner),
);
const ConflictDialog = lazyDialog(() =>
  import('../shell/conflict-dialog').then((m) => m.ConflictDialog),
);
const ExportDialog = lazyDialog(() =>
  Promise.all([import('../report/export-dialog'), loadOutputTexts()]).then(([m]) => m.ExportDialog),
);

/**
 * The document's language, theme and type size, where CSS reads them (and the canvas, which
 * draws its card icons in the theme's colours). Set before the first render too, so that the
 * first screen is drawn once, in the right theme.
 */
export function showSettingsOnDocument(
  settings: Pick<WorkbenchState, 'language' | 'theme' | 'largeType'>,
): void {
  const root = document.documentElement;
  root.lang = settings.language;
  root.dataset.theme = settings.theme;
  root.toggleAttribute('data-large-type', settings.largeType);
}

export function App() {
  const editor = useEditor();
  const t = useT();
  const flow = useStore(editor.view, (state) => state.flow);
  const dialog = useStore(editor.view, (state) => state.dialog);
  const language = useWorkbenchState((state) => state.language);
  const theme = useWorkbenchState((state) => state.theme);
  const largeType = useWorkbenchState((state) => state.largeType);
  const presenting = useStore(editor.view, (state) => state.presentation !== undefined);
  const title = useWorkbenchState((state) => windowTitleOf(state, t));
  const screen = useStore(editor.navigation, (state) => state.screen);
  const openElsewhere = useWorkbenchState((state) => state.openElsewhere);
  // A save refused because the stored project changed elsewhere.
  const conflict = useWorkbenchState(
    (state) => state.saveStatus === 'failed' && state.saveError === 'conflict',
  );

  useKeyboardShortcuts(editor);
  useClipboardEvents(editor);
  useEffect(
    () => editor.port.onMenuCommand((id) => performCommand(commandById(id), editor)),
    [editor],
  );
  useEffect(() => startAutosave(editor.store, editor.saver), [editor]);
  // Once the canvas is up (React Flow initialised), the rest of the code loads in idle time.
  useEffect(() => (flow ? preloadOnDemandCode() : undefined), [flow]);
  useEffect(() => guardClose(editor.store, editor.saver, editor.port), [editor]);
  useMenuState(editor);
  useEffect(
    () => editor.port.onOpenProject((id) => libraryCommands.openById(editor, id)),
    [editor],
  );

  useEffect(
    () => showSettingsOnDocument({ language, theme, largeType }),
    [language, theme, largeType],
  );
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="app" data-screen={screen}>
      {screen === 'start' ? (
        <Suspense fallback={null}>
          <StartScreen />
        </Suspense>
      ) : screen === 'library' ? (
        <Suspense fallback={null}>
          <LibraryScreen />
        </Suspense>
      ) : (
        <>
          {/* While presenting, the editor stays as it is underneath, out of reach. */}
          <div className="app-chrome" inert={presenting}>
            <Toolbar />
            {openElsewhere && (
              <Suspense fallback={null}>
                <OpenElsewhereBanner />
              </Suspense>
            )}
            <EditorScreen />
            <StatusBar />
            <ConflictDialog open={conflict} />
          </div>
          {presenting && (
            <Suspense fallback={null}>
              <Presentation />
            </Suspense>
          )}
        </>
      )}
      <FileOpeningNotice />
      <AboutDialog open={dialog === 'about'} onClose={() => editor.closeDialog()} />
      <ExportDialog open={dialog === 'export'} onClose={() => editor.closeDialog()} />
      <ExportDialog
        open={dialog === 'print'}
        onClose={() => editor.closeDialog()}
        purpose="print"
      />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => editor.closeDialog()} />
      <GlossaryDialog open={dialog === 'glossary'} onClose={() => editor.closeDialog()} />
      <VersionsDialog open={dialog === 'versions'} onClose={() => editor.closeDialog()} />
      <CompareDialog open={dialog === 'compareScenarios'} onClose={() => editor.closeDialog()} />
    </div>
  );
}
