import type { ReactNode } from 'react';

export type Tone = 'ok' | 'warn' | 'error' | 'neutral';

export interface FigureRow {
  readonly label: string;
  readonly value: string;
  readonly tone?: Tone;
}

/** Live analysis shown beside the inputs: read-only label/value pairs, numbers right-aligned. */
export function Figures(props: { readonly label: string; readonly rows: readonly FigureRow[] }) {
  return (
    <dl className="in-figures" aria-label={props.label}>
      {props.rows.map((row) => (
        <div className={`in-figure in-figure-${row.tone ?? 'neutral'}`} key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A one-line verdict (pays / does not pay, staffing short …) with its colour and a text mark. */
export function Verdict(props: { readonly tone: Tone; readonly children: ReactNode }) {
  return (
    <p className={`in-verdict in-verdict-${props.tone}`} role="status">
      {props.children}
    </p>
  );
}
