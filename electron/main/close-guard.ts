import type { MessageBoxOptions } from 'electron';
import { translate, type Language } from '../../shared/i18n';
import { CLOSE_ANSWER_CHANNEL, CLOSE_REQUEST_CHANNEL } from '../../shared/port/contract';
import { isTrustedSender, type IpcEventLike } from './ipc';

/** The parts of a BrowserWindow the guard uses; a fake in the harness. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): void;
  on(event: 'closed', listener: () => void): void;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

type AnswerListener = (event: IpcEventLike & { sender: unknown }, ...args: unknown[]) => void;

/** The part of ipcMain the guard listens with. */
export interface IpcListenLike {
  on(channel: string, listener: AnswerListener): void;
  removeListener(channel: string, listener: AnswerListener): void;
}

/** What the user chose after a failed save. */
export type CloseChoice = 'retry' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  readonly ipc: IpcListenLike;
  readonly isTrustedUrl: (url: string) => boolean;
  /** False until the page has loaded: before that there is no work to lose. */
  readonly rendererReady: () => boolean;
  /** The native "Save failed" dialog. */
  readonly askAfterFailedSave: () => Promise<CloseChoice>;
  /** A renderer that does not answer in time (hung, crashed) counts as a failed save. */
  readonly answerTimeoutMs: number;
}

/**
 * Closing never loses work and never traps the user. A close (window button, Quit, the OS) is
 * held back while main asks the renderer to store its work; the window closes once it has.
 * If it could not, a native dialog offers Retry / Close without saving / Cancel. Nothing is
 * decided in the page's `beforeunload`, where Chromium blocks dialogs and Electron would cancel
 * the close silently.
 */
export function guardClose(window: GuardedWindow, deps: CloseGuardDeps): void {
  const waiting = new Map<number, (safe: boolean) => void>();
  let nextRequest = 1;
  let allowed = false;
  let deciding = false;

  const onAnswer: AnswerListener = (event, requestId, safe) => {
    // Only this window's own page may answer, and only a question that was asked.
    if (event.sender !== window.webContents || !isTrustedSender(event, deps.isTrustedUrl)) return;
    if (typeof requestId !== 'number' || typeof safe !== 'boolean') return;
    waiting.get(requestId)?.(safe);
  };
  deps.ipc.on(CLOSE_ANSWER_CHANNEL, onAnswer);
  window.on('closed', () => deps.ipc.removeListener(CLOSE_ANSWER_CHANNEL, onAnswer));

  window.on('close', (event) => {
    if (allowed || !deps.rendererReady()) return;
    event.preventDefault();
    if (deciding) return; // A second click while the first close is being settled.
    deciding = true;
    void decide().then((close) => {
      deciding = false;
      if (!close || window.isDestroyed()) return;
      allowed = true;
      window.close();
    });
  });

  async function decide(): Promise<boolean> {
    for (;;) {
      if (await askRenderer()) return true;
      const choice = await deps.askAfterFailedSave();
      if (choice !== 'retry') return choice === 'discard';
    }
  }

  function askRenderer(): Promise<boolean> {
    const id = nextRequest++;
    return new Promise((resolve) => {
      const settle = (safe: boolean) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(safe);
      };
      const timer = setTimeout(() => settle(false), deps.answerTimeoutMs);
      waiting.set(id, settle);
      if (window.isDestroyed()) settle(false);
      else window.webContents.send(CLOSE_REQUEST_CHANNEL, id);
    });
  }
}

const CHOICES: readonly CloseChoice[] = ['retry', 'discard', 'cancel'];

/** The "Save failed" message box, in the user's language; its buttons follow CHOICES. */
export function failedSaveDialog(language: Language): {
  options: MessageBoxOptions;
  choiceOf: (response: number) => CloseChoice;
} {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return {
    options: {
      type: 'warning',
      title: t('app.title'),
      message: t('library.close.failed'),
      detail: t('library.close.failedDetail'),
      buttons: [t('library.close.retry'), t('library.close.discard'), t('library.close.cancel')],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    },
    choiceOf: (response) => CHOICES[response] ?? 'cancel',
  };
}
