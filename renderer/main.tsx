import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LANGUAGES, loadCatalog, translate } from '../shared/i18n';
import { App, showSettingsOnDocument } from './app/app';
import { bootstrap } from './app/bootstrap';
import { WorkbenchProvider } from './state/workbench-context';
import { selectPort } from './port/select-port';
import { Editor } from './state/editor';
import { createSaver } from './state/persistence';
import { isDirty } from './state/store';
import { startTabLock } from './state/tab-lock';

async function main(): Promise<void> {
  const port = selectPort();
  const { store, navigation } = await bootstrap(
    port,
    () => crypto.randomUUID(),
    () => new Date(),
  );
  const saver = createSaver(store, port);
  // Decided before anything is saved: a second tab on this project must not write. Edits kept
  // through a take-over are stored at once.
  const tabLock = startTabLock(store, port, () => {
    if (isDirty(store.getState())) void saver.save();
  });
  await tabLock.claimed;
  const editor = new Editor({ store, port, saver, navigation });
  editor.tabLock = tabLock;
  // A new design is stored at once, so that it is in the library even before the first edit;
  // so is an edit the last session kept but could not store.
  if (isDirty(store.getState())) void saver.save();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  showSettingsOnDocument(store.getState());
  createRoot(root).render(
    <StrictMode>
      <WorkbenchProvider value={editor}>
        <App />
      </WorkbenchProvider>
    </StrictMode>,
  );
}

void main().catch(async (error: unknown) => {
  console.error(error);
  const root = document.getElementById('root');
  // Both languages: the settings that name the user's language may be what failed.
  await Promise.all(LANGUAGES.map(loadCatalog));
  if (root)
    root.textContent = `${translate('ru', 'app.startFailed')} / ${translate('en', 'app.startFailed')}`;
});
