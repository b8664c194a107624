import type { ReactFlowInstance } from '@xyflow/react';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { CommandContext } from '../commands/registry';
import { performCommand } from '../commands/registry';
import { useClipboardEvents } from '../commands/use-clipboard-events';
import { useKeyboardShortcuts } from '../commands/use-keyboard-shortcuts';
import { useMenuState } from '../commands/use-menu-state';
import { EditorScreen, type EditorDialog } from '../editor/editor-screen';
import { libraryCommands } from '../library/commands';
import { navigation } from '../state/navigation';
import { guardClose, startAutosave, windowTitleOf } from '../state/persistence';
import { ConflictDialog } from '../shell/conflict-dialog';
import { OpenElsewhereBanner } from '../shell/open-elsewhere-banner';
import { StatusBar } from '../shell/status-bar';
import { Toolbar } from '../shell/toolbar';
import { lazyComponent, lazyDialog, preloadOnDemandCode } from './lazy';
import { useT, useWorkbench, useWorkbenchState } from './workbench-context';

// Not needed by the first screen: loaded when first shown.
const LibraryScreen = lazyComponent(() =>
  import('../library/library-screen').then((m) => m.LibraryScreen),
);
const AboutDialog = lazyDialog(() => import('../shell/about-dialog').then((m) => m.AboutDialog));
const ExportDialog = lazyDialog(() =>
  import('../report/export-dialog').then((m) => m.ExportDialog),
);

export function App() {
  const workbench = useWorkbench();
  const t = useT();
  const [flow, setFlow] = useState<ReactFlowInstance>();
  const [aboutOpen, setAboutOpen] = useState(false);
  const [dialog, setDialog] = useState<EditorDialog>(undefined);
  const [exportOpen, setExportOpen] = useState(false);
  const language = useWorkbenchState((state) => state.language);
  const theme = useWorkbenchState((state) => state.theme);
  const title = useWorkbenchState((state) => windowTitleOf(state, t));
  const screen = useStore(navigation, (state) => state.screen);

  const context = useMemo<CommandContext>(
    () => ({
      ...workbench,
      flow,
      showAbout: () => setAboutOpen(true),
      openFind: () => setDialog('find'),
      openCommandPalette: () => setDialog('commands'),
      openLinkTo: () => setDialog('linkTo'),
      openExport: () => setExportOpen(true),
    }),
    [workbench, flow],
  );
  useKeyboardShortcuts(context);
  useClipboardEvents(workbench.store);
  useEffect(
    () => workbench.port.onMenuCommand((id) => performCommand(id, context)),
    [workbench.port, context],
  );
  useEffect(() => startAutosave(workbench.store, workbench.saver), [workbench]);
  // Once the canvas is up (React Flow initialised), the rest of the code loads in idle time.
  useEffect(() => (flow ? preloadOnDemandCode() : undefined), [flow]);
  useEffect(() => guardClose(workbench.store, workbench.saver, workbench.port), [workbench]);
  useMenuState(context);
  useEffect(
    () => workbench.port.onOpenProject((id) => libraryCommands.openById(workbench, id)),
    [workbench],
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dataset.theme = theme;
  }, [language, theme]);
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="app" data-screen={screen}>
      {screen === 'library' ? (
        <Suspense fallback={null}>
          <LibraryScreen />
        </Suspense>
      ) : (
        <>
          <Toolbar context={context} />
          <OpenElsewhereBanner />
          <EditorScreen
            flow={flow}
            onFlowInit={setFlow}
            context={context}
            dialog={dialog}
            closeDialog={() => setDialog(undefined)}
          />
          <StatusBar />
          <ConflictDialog />
        </>
      )}
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} />
    </div>
  );
}
