import type { Editor } from '../state/editor';

/** Whether this presentation put the page into full screen (and so should take it out). */
let fullscreenOurs = false;

/** The page has a document (not so for the commands' unit tests in Node). */
const inPage = (): boolean => typeof document !== 'undefined';

/**
 * Starts presentation mode on the title slide, in full screen where the platform allows it (the
 * Fullscreen API; in Electron it takes the window to full screen). The editor stays as it is
 * underneath, and its selection, viewport and focus are noted so that leaving puts them back
 * exactly (the slides give the focus back as they close, see presentation.tsx).
 */
export function startPresentation(editor: Editor): void {
  if (editor.view.getState().presentation) return;
  const focused =
    inPage() && document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  editor.view.setState({
    presentation: {
      slide: 0,
      returnTo: {
        selection: editor.store.getState().selection,
        viewport: editor.flow?.getViewport(),
        focus: focused,
      },
    },
  });
  if (inPage() && !document.fullscreenElement && document.fullscreenEnabled) {
    document.documentElement.requestFullscreen().then(
      () => (fullscreenOurs = true),
      // Refused (no user gesture, a policy): the presentation fills the window instead.
      () => (fullscreenOurs = false),
    );
  }
}

/** Ends presentation mode and gives the editor back as it was left: selection and viewport. */
export function endPresentation(editor: Editor): void {
  const presentation = editor.view.getState().presentation;
  if (!presentation) return;
  editor.view.setState({ presentation: undefined });
  if (fullscreenOurs && inPage() && document.fullscreenElement) {
    void document.exitFullscreen().catch((error: unknown) => console.error(error));
  }
  fullscreenOurs = false;
  editor.store.getState().select(presentation.returnTo.selection);
  if (presentation.returnTo.viewport) void editor.flow?.setViewport(presentation.returnTo.viewport);
}

/** Full screen ended by the platform (Esc taken by the browser, F11): the presentation ends. */
export function fullscreenLeft(): boolean {
  const left = fullscreenOurs && !document.fullscreenElement;
  if (left) fullscreenOurs = false;
  return left;
}

export function showSlide(editor: Editor, slide: number): void {
  const presentation = editor.view.getState().presentation;
  if (presentation && presentation.slide !== slide) {
    editor.view.setState({ presentation: { ...presentation, slide } });
  }
}
