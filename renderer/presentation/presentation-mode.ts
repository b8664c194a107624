import type { ReactFlowInstance } from '@xyflow/react';
import type { Workbench } from '../app/workbench-context';
import { viewMode } from '../state/view-mode';

/** Whether this presentation put the page into full screen (and so should take it out). */
let fullscreenOurs = false;

/**
 * Starts presentation mode on the title slide, in full screen where the platform allows it (the
 * Fullscreen API; in Electron it takes the window to full screen). The editor stays as it is
 * underneath, and its selection, viewport and focus are noted so that leaving puts them back
 * exactly (the slides give the focus back as they close, see presentation.tsx).
 */
export function startPresentation({ store }: Workbench, flow: ReactFlowInstance | undefined): void {
  if (viewMode.getState().presentation) return;
  viewMode.getState().set({
    presentation: {
      slide: 0,
      returnTo: {
        selection: store.getState().selection,
        viewport: flow?.getViewport(),
        focus: document.activeElement instanceof HTMLElement ? document.activeElement : undefined,
      },
    },
  });
  if (!document.fullscreenElement && document.fullscreenEnabled) {
    document.documentElement.requestFullscreen().then(
      () => (fullscreenOurs = true),
      // Refused (no user gesture, a policy): the presentation fills the window instead.
      () => (fullscreenOurs = false),
    );
  }
}

/** Ends presentation mode and gives the editor back as it was left: selection and viewport. */
export function endPresentation({ store }: Workbench, flow: ReactFlowInstance | undefined): void {
  const presentation = viewMode.getState().presentation;
  if (!presentation) return;
  viewMode.getState().set({ presentation: undefined });
  if (fullscreenOurs && document.fullscreenElement) {
    void document.exitFullscreen().catch((error: unknown) => console.error(error));
  }
  fullscreenOurs = false;
  store.getState().select(presentation.returnTo.selection);
  if (presentation.returnTo.viewport) void flow?.setViewport(presentation.returnTo.viewport);
}

/** Full screen ended by the platform (Esc taken by the browser, F11): the presentation ends. */
export function fullscreenLeft(): boolean {
  const left = fullscreenOurs && !document.fullscreenElement;
  if (left) fullscreenOurs = false;
  return left;
}

export function showSlide(slide: number): void {
  const presentation = viewMode.getState().presentation;
  if (presentation && presentation.slide !== slide) {
    viewMode.getState().set({ presentation: { ...presentation, slide } });
  }
}
