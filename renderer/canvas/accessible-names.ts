import type { AriaLabelConfig } from '@xyflow/react';
import { useLayoutEffect, type RefObject } from 'react';
import type { worstSeverity } from '../../shared/checks';
import type { Display } from '../../shared/display';
import type { Translate } from '../../shared/i18n';
import type { Link, SalesFunction } from '../../shared/model';

/**
 * Names a card's or a link's React Flow wrapper, the element that takes keyboard focus, for
 * screen readers. React Flow would take the name from the node or edge object, but those are
 * reused while the function or link is unchanged (flow-elements.ts), so they could follow
 * neither the language, the checks nor the rename of a linked function; what is drawn does.
 * React Flow never rewrites these attributes while its own values for them stay the same.
 */
export function useWrapperName(
  inside: RefObject<Element | null>,
  name: string,
  roleDescription: string,
): void {
  // After every render (the drawn element may appear later than the name), and cheap: the
  // wrapper is found from the drawn element up, not searched for in the document, where
  // 2,500 searches of a large canvas at first paint would cost more than drawing it.
  useLayoutEffect(() => {
    const wrapper = inside.current?.closest('.react-flow__node, .react-flow__edge');
    if (!wrapper) return;
    if (wrapper.getAttribute('aria-label') !== name) wrapper.setAttribute('aria-label', name);
    if (wrapper.getAttribute('aria-roledescription') !== roleDescription) {
      wrapper.setAttribute('aria-roledescription', roleDescription);
    }
  });
}

/** A card as announced: its name, its type unless the name says it already, its check status. */
export function cardName(
  fn: Pick<SalesFunction, 'name' | 'typeId'>,
  severity: ReturnType<typeof worstSeverity>,
  display: Display,
): string {
  const name = display.functionName(fn);
  const type = display.text(`catalog.${fn.typeId}.name`);
  const status = display.text(`canvas.severity.${severity}`);
  return name === type
    ? display.text('canvas.node.ariaLabelOwnType', { name, status })
    : display.text('canvas.node.ariaLabel', { name, type, status });
}

/** A link as announced: "Key accounts → Technical support, Escalation", then its own label. */
export function linkName(
  link: Pick<Link, 'kind' | 'label'>,
  names: { readonly from: string; readonly to: string },
  display: Display,
): string {
  const params = { ...names, kind: display.text(`linkKind.${link.kind}`) };
  const text = display.name(link.label);
  return text
    ? display.text('canvas.link.ariaLabelWithText', { ...params, text })
    : display.text('canvas.link.ariaLabel', params);
}

const DIRECTIONS = {
  left: 'canvas.direction.left',
  right: 'canvas.direction.right',
  up: 'canvas.direction.up',
  down: 'canvas.direction.down',
} as const;

const isDirection = (value: string): value is keyof typeof DIRECTIONS => value in DIRECTIONS;

/**
 * React Flow's own words in the UI language (its defaults are English): the zoom controls, what
 * the keys do on a focused card or link (read as its description), and what is announced when
 * the arrow keys move a card.
 */
export function flowAriaLabels(t: Translate): Partial<AriaLabelConfig> {
  const cardKeys = t('canvas.node.keys');
  return {
    'controls.ariaLabel': t('canvas.controls'),
    'controls.zoomIn.ariaLabel': t('command.view.zoomIn'),
    'controls.zoomOut.ariaLabel': t('command.view.zoomOut'),
    'controls.fitView.ariaLabel': t('command.view.fit'),
    // React Flow shows the first while its keyboard handling is off, the second while it is on.
    'node.a11yDescription.default': cardKeys,
    'node.a11yDescription.keyboardDisabled': cardKeys,
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.node.moved', {
        direction: isDirection(direction) ? t(DIRECTIONS[direction]) : direction,
        x,
        y,
      }),
    'edge.a11yDescription.default': t('canvas.link.keys'),
  };
}
