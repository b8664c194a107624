import type { ReactNode } from 'react';

export interface SectionProps {
  readonly id: string;
  readonly title: string;
  /** A short figure shown in the header even when the section is closed (e.g. the cost). */
  readonly summary?: string;
  readonly open: boolean;
  readonly onToggle: (id: string, open: boolean) => void;
  readonly children: ReactNode;
}

/** A collapsible part of the inspector; <details> keeps it keyboard-operable without script. */
export function Section(props: SectionProps) {
  return (
    <details
      className="inspector-section"
      open={props.open}
      data-section={props.id}
      onToggle={(event) => {
        const open = event.currentTarget.open;
        if (open !== props.open) props.onToggle(props.id, open);
      }}
    >
      <summary>
        <span className="in-section-title">{props.title}</span>
        {props.summary && <span className="in-section-summary">{props.summary}</span>}
      </summary>
      <div className="in-section-body">{props.children}</div>
    </details>
  );
}
