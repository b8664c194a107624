import type { ReactNode } from 'react';
import type { GlossaryTerm } from '../state/glossary';
import { InfoButton } from '../ui-kit/info-button';

export type Tone = 'ok' | 'warn' | 'error' | 'neutral';

export interface FigureRow {
  readonly label: string;
  readonly value: string;
  readonly tone?: Tone;
  /** The glossary term the figure is about: an info button beside its label explains it. */
  readonly term?: GlossaryTerm;
}

/** Live analysis shown beside the inputs: read-only label/value pairs, numbers right-aligned. */
export function Figures(props: { readonly label: string; readonly rows: readonly FigureRow[] }) {
  return (
    <dl className="in-figures" aria-label={props.label}>
      {props.rows.map((row) => (
        <div className={`in-figure in-figure-${row.tone ?? 'neutral'}`} key={row.label}>
          <dt>
            {row.label}
            {row.term && <InfoButton term={row.term} />}
          </dt>
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
