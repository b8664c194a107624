import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  failedSaveDialog,
  guardClose,
  type CloseChoice,
  type IpcListenLike,
} from '../../../electron/main/close-guard';
import { isAppUrl } from '../../../electron/main/security';
import { CLOSE_ANSWER_CHANNEL, CLOSE_REQUEST_CHANNEL } from '../../../shared/port/contract';

const APP_PAGE = { url: 'app://bundle/index.html', parent: null };

/** A window whose page answers close requests as `answer` says (or never, when undefined). */
function setUp(options: {
  answers: (boolean | undefined)[];
  choices?: CloseChoice[];
  ready?: boolean;
  frame?: { url: string; parent: unknown };
}) {
  const ipc = new EventEmitter();
  const window = Object.assign(new EventEmitter(), {
    closed: false,
    close() {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) };
      window.emit('close', event);
      if (!event.prevented) {
        window.closed = true;
        window.emit('closed');
      }
    },
    isDestroyed: () => window.closed,
    webContents: {
      send(channel: string, requestId: number) {
        expect(channel).toBe(CLOSE_REQUEST_CHANNEL);
        const safe = options.answers.shift();
        if (safe === undefined) return;
        const event = { senderFrame: options.frame ?? APP_PAGE, sender: window.webContents };
        queueMicrotask(() => ipc.emit(CLOSE_ANSWER_CHANNEL, event, requestId, safe));
      },
    },
  });
  const asked: string[] = [];
  guardClose(window, {
    ipc: ipc as unknown as IpcListenLike, // EventEmitter's on/removeListener, typed loosely.
    isTrustedUrl: isAppUrl,
    rendererReady: () => options.ready ?? true,
    answerTimeoutMs: 50,
    askAfterFailedSave: async () => {
      asked.push('dialog');
      return options.choices?.shift() ?? 'cancel';
    },
  });
  return { window, asked, ipc };
}

describe('close guard', () => {
  it('closes once the renderer says the work is stored', async () => {
    const { window, asked } = setUp({ answers: [true] });
    window.close();
    await expect.poll(() => window.closed).toBe(true);
    expect(asked).toEqual([]);
  });

  it('closes at once while the page has not loaded (there is no work yet)', () => {
    const { window } = setUp({ answers: [], ready: false });
    window.close();
    expect(window.closed).toBe(true);
  });

  it('after a failed save: Retry asks again, Cancel keeps the window, Close without saving closes', async () => {
    const { window, asked } = setUp({
      answers: [false, false, false],
      choices: ['retry', 'cancel', 'discard'],
    });
    window.close();
    await expect.poll(() => asked.length).toBe(2);
    expect(window.closed).toBe(false);
    window.close();
    await expect.poll(() => window.closed).toBe(true);
    expect(asked).toHaveLength(3);
  });

  it('treats a renderer that does not answer, or an answer from elsewhere, as a failed save', async () => {
    const silent = setUp({ answers: [undefined], choices: ['discard'] });
    silent.window.close();
    await expect.poll(() => silent.window.closed).toBe(true);
    expect(silent.asked).toEqual(['dialog']);

    const foreign = setUp({
      answers: [true],
      choices: ['cancel'],
      frame: { url: 'https://example.com/', parent: null },
    });
    foreign.window.close();
    await expect.poll(() => foreign.asked).toEqual(['dialog']);
    expect(foreign.window.closed).toBe(false);
  });

  it('ignores a second close while the first is being settled, and stops listening when closed', async () => {
    const { window, ipc } = setUp({ answers: [true, true] });
    window.close();
    window.close();
    await expect.poll(() => window.closed).toBe(true);
    expect(ipc.listenerCount(CLOSE_ANSWER_CHANNEL)).toBe(0);
  });

  it('words the dialog in the user’s language and maps its buttons to choices', () => {
    const { options, choiceOf } = failedSaveDialog('ru');
    expect(options.buttons).toEqual(['Повторить', 'Закрыть без сохранения', 'Отмена']);
    expect([0, 1, 2, 7].map(choiceOf)).toEqual(['retry', 'discard', 'cancel', 'cancel']);
  });
});
