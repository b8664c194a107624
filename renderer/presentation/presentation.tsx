import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { presentationOrder } from '../../shared/layout/presentation-order';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { endPresentation, fullscreenLeft, showSlide } from './presentation-mode';
import { FunctionSlide, SummarySlide, TitleSlide } from './slides';
import './presentation.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * Presentation mode: the title slide, a slide per function in the presentation order, the
 * summary. It lies over the editor and takes every key while it is shown (a clicker sends
 * Page Down / Page Up or the arrows), so no editing command runs behind it.
 */
export function Presentation() {
  const t = useT();
  const editor = useEditor();
  const slide = useStore(editor.view, (s) => s.presentation?.slide ?? 0);
  const project = useWorkbenchState((s) => s.project);
  const order = useMemo(() => presentationOrder(project), [project]);
  const count = order.length + 2;
  const [typed, setTyped] = useState('');
  const root = useRef<HTMLDivElement>(null);

  const current = Math.min(slide, count - 1);
  const go = (to: number) => showSlide(editor, Math.max(0, Math.min(count - 1, to)));

  // The focus moves to the slides, and back to where it was in the editor once they close (by
  // then the editor is no longer inert).
  useEffect(() => {
    const before = editor.view.getState().presentation?.returnTo.focus;
    root.current?.focus();
    return () => {
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [editor]);

  useEffect(() => {
    const onFullscreenChange = () => {
      if (fullscreenLeft()) endPresentation(editor);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, [editor]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Tab moves between the slide's buttons; every other key is the presentation's.
      if (event.key === 'Tab') return;
      event.stopImmediatePropagation();
      if (event.ctrlKey || event.metaKey) {
        // Cut and paste arrive as clipboard events, which would change the design behind.
        if (['x', 'v'].includes(event.key.toLowerCase())) event.preventDefault();
        return;
      }
      if (event.altKey || event.isComposing) return;
      const onButton = event.target instanceof HTMLButtonElement;
      const { key } = event;
      if (/^[0-9]$/.test(key)) {
        setTyped((value) => (value + key).slice(-4));
      } else if (key === 'Enter' && typed !== '') {
        go(Number(typed) - 1);
        setTyped('');
      } else if (key === 'Escape' || key === 'F5') {
        if (typed !== '' && key === 'Escape') setTyped('');
        else endPresentation(editor);
      } else if (key === 'Backspace' && typed !== '') {
        setTyped((value) => value.slice(0, -1));
      } else if (key === 'Home') {
        go(0);
      } else if (key === 'End') {
        go(count - 1);
      } else if (NEXT_KEYS.has(key) && !(onButton && (key === 'Enter' || key === ' '))) {
        go(current + (event.shiftKey && key === ' ' ? -1 : 1));
      } else if (PREVIOUS_KEYS.has(key)) {
        go(current - 1);
      } else {
        return;
      }
      event.preventDefault();
    };
    // Capture on the window: before the editor's keyboard map and the canvas see the key.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  });

  const functionId = current >= 1 && current <= order.length ? order[current - 1] : undefined;
  return (
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label')}
      tabIndex={-1}
      data-testid="presentation"
    >
      <div className="presentation-stage" data-slide={current + 1}>
        {current === 0 ? (
          <TitleSlide />
        ) : functionId ? (
          <FunctionSlide key={functionId} functionId={functionId} />
        ) : (
          <SummarySlide />
        )}
      </div>
      <nav className="presentation-nav" aria-label={t('present.label')}>
        <button
          type="button"
          className="presentation-button"
          aria-label={t('present.previous')}
          title={t('present.previous')}
          disabled={current === 0}
          onClick={() => go(current - 1)}
        >
          <ChevronLeft aria-hidden="true" />
        </button>
        <p className="presentation-counter" aria-live="polite">
          {typed !== ''
            ? t('present.goTo', { n: typed })
            : t('present.slideOf', { n: current + 1, count })}
        </p>
        <button
          type="button"
          className="presentation-button"
          aria-label={t('present.next')}
          title={t('present.next')}
          disabled={current === count - 1}
          onClick={() => go(current + 1)}
        >
          <ChevronRight aria-hidden="true" />
        </button>
        <button
          type="button"
          className="presentation-button presentation-exit"
          aria-label={t('present.exit')}
          title={`${t('present.exit')} (Esc)`}
          onClick={() => endPresentation(editor)}
        >
          <X aria-hidden="true" />
        </button>
      </nav>
    </div>
  );
}
