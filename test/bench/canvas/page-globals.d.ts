/** What the benchmark pages and probes keep on `window` (test/bench/canvas/probes.ts). */
export {};

declare global {
  interface Window {
    /** Called by each card render in a --mode bench build and in the bare page. */
    __cardRenders?: (id: string) => void;
    /** The bare page renames these cards (id → new name) on the next Enter. */
    __benchRename?: Readonly<Record<string, string>>;
    /** Probe state, see probes.ts. */
    __bench?: {
      renders: Map<string, number>;
      frames?: number[];
      recording?: boolean;
      painted?: Promise<PaintedProbe>;
      commit?: Promise<CommitProbe>;
    };
  }

  interface CommitProbe {
    /** From the keydown to just after the paint of the frame that shows the change. */
    readonly ms: number;
    /** From the keydown until the change was in the DOM. */
    readonly inDomMs: number;
    /** From then until the frame that paints it began. */
    readonly frameWaitMs: number;
  }

  interface PaintedProbe {
    /** From navigation start to just after the frame in which every card was visible. */
    readonly paintedMs: number;
    /** Paths of the scripts the page fetched before that paint. */
    readonly scripts: readonly string[];
  }
}
