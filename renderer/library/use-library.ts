import { useCallback, useEffect, useState } from 'react';
import type { ProjectSummary, TrashedProject, WorkbenchPort } from '../../shared/port/contract';

export interface LibraryLists {
  /** Undefined until first read. */
  readonly projects: readonly ProjectSummary[] | undefined;
  readonly trash: readonly TrashedProject[];
  readonly recent: readonly ProjectSummary[];
  /** Why the library could not be read; the lists then stay as they were. */
  readonly error: unknown;
}

export interface LibraryData extends LibraryLists {
  readonly reload: () => Promise<void>;
}

const EMPTY: LibraryLists = { projects: undefined, trash: [], recent: [], error: undefined };

async function readLists(port: WorkbenchPort, previous: LibraryLists): Promise<LibraryLists> {
  try {
    const [projects, trash, recent] = await Promise.all([
      port.listProjects(),
      port.listTrash(),
      port.listRecent(),
    ]);
    return { projects, trash, recent, error: undefined };
  } catch (error) {
    return { ...previous, projects: previous.projects ?? [], error };
  }
}

/** The library's three lists, read together and re-read after every change. */
export function useLibraryData(port: WorkbenchPort): LibraryData {
  const [lists, setLists] = useState<LibraryLists>(EMPTY);

  useEffect(() => {
    let live = true;
    void readLists(port, EMPTY).then((next) => {
      if (live) setLists(next);
    });
    return () => {
      live = false;
    };
  }, [port]);

  const reload = useCallback(async () => {
    const next = await readLists(port, EMPTY);
    setLists((previous) => (next.error === undefined ? next : { ...previous, error: next.error }));
  }, [port]);

  return { ...lists, reload };
}
