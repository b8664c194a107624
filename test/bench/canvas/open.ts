/**
 * Open and first paint, defined as: from navigation start (the page is loaded afresh, the
 * app reopening its last project from storage) to just after the frame in which every card is
 * on the page and visible. Also the JavaScript the page fetched before that frame, with its
 * gzip size (what a first visit downloads before it sees the design).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats';

export interface OpenOutcome {
  /** Median over the loads, in ms. */
  readonly paintedMs: number;
  readonly loads: readonly number[];
  readonly scripts: readonly string[];
}

export interface ScriptWeight {
  readonly gzipBytes: number;
  readonly bytes: number;
  readonly files: readonly { readonly path: string; readonly gzipBytes: number }[];
}

/** Summary of the loads of one page (paint times and the scripts of the last load). */
export function summariseOpen(loads: readonly PaintedProbe[]): OpenOutcome {
  const times = loads.map((load) => load.paintedMs);
  return { paintedMs: median(times), loads: times, scripts: loads.at(-1)?.scripts ?? [] };
}

/** Sizes of the scripts (paths as served from `dir`), gzipped one by one as served. */
export async function weighScripts(dir: string, scripts: readonly string[]): Promise<ScriptWeight> {
  const files = await Promise.all(
    [...new Set(scripts)].map(async (path) => {
      const body = await readFile(join(dir, decodeURIComponent(path)));
      return { path, bytes: body.length, gzipBytes: gzipSync(body).length };
    }),
  );
  return {
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files: files.map(({ path, gzipBytes }) => ({ path, gzipBytes })),
  };
}
