import { FILE_OPENING_CHANNEL, OPEN_PROJECT_CHANNEL } from '../../shared/port/contract';

/**
 * What the main process tells the renderer about files from the OS: the file being read now
 * ("Opening …"), and the project to show once one is imported. Held until the renderer says it
 * listens (RENDERER_LISTENING_CHANNEL), so nothing sent while the window starts is lost.
 */
export class RendererRelay {
  #listening = false;
  #opening: string | undefined;
  #toOpen: string | undefined;

  constructor(private readonly send: (channel: string, value: string | null) => void) {}

  /** The file being read (its name), or undefined when none is. */
  opening(file: string | undefined): void {
    this.#opening = file;
    if (this.#listening) this.send(FILE_OPENING_CHANNEL, file ?? null);
  }

  /** The renderer should show this project. */
  openProject(id: string): void {
    if (this.#listening) this.send(OPEN_PROJECT_CHANNEL, id);
    else this.#toOpen = id;
  }

  /** The renderer listens now (again, after a reload): it hears what it missed. */
  listening(): void {
    this.#listening = true;
    if (this.#opening !== undefined) this.send(FILE_OPENING_CHANNEL, this.#opening);
    const id = this.#toOpen;
    this.#toOpen = undefined;
    if (id !== undefined) this.send(OPEN_PROJECT_CHANNEL, id);
  }

  /** The window is gone or reloading: hold messages until it listens again. */
  deaf(): void {
    this.#listening = false;
  }
}
