import {
  CircleCheck,
  CircleMinus,
  OctagonX,
  Phone,
  TriangleAlert,
  Users,
  Wallet,
  type LucideIcon,
} from 'lucide-react';
import {
  createElement,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type JSX,
} from 'react';
import { FUNCTION_ICONS } from './function-icons';

/** Every drawing a card shows, by a short id. */
const CARD_ICONS: Readonly<Record<string, LucideIcon>> = {
  ...FUNCTION_ICONS,
  users: Users,
  phone: Phone,
  wallet: Wallet,
  // The card's status: a shape as well as a colour.
  'status-ok': CircleCheck,
  'status-warning': TriangleAlert,
  'status-error': OctagonX,
  // A removed function's ghost in low detail (differences overlay): a shape, not only a colour.
  removed: CircleMinus,
};

/** Where each drawing is used on a card: its colour is that of the place. */
const PLACE_OF: Readonly<Record<string, string>> = {
  users: 'function-node-facts',
  phone: 'function-node-facts',
  wallet: 'function-node-facts',
  'status-ok': 'status-mark severity-ok',
  'status-warning': 'status-mark severity-warning',
  'status-error': 'status-mark severity-error',
};

const property = (id: string) => `--card-icon-${id}`;

function sameImages(a: CSSProperties, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(b);
  return (
    keys.length === Object.keys(a).length &&
    keys.every((key) => (a as Record<string, unknown>)[key] === b[key])
  );
}

/**
 * A drawing on a card, as a background image. Inline SVG would cost the compositor a
 * transform and a clip per icon on every frame: with four icons on each of 1,000 cards that is
 * most of a drag step. The images are made from the same lucide drawings by CardIconImages.
 */
export function CardIcon(props: { icon: string; size: number }) {
  return (
    <span
      className="card-icon"
      aria-hidden="true"
      style={{
        width: props.size,
        height: props.size,
        backgroundImage: `var(${property(props.icon)})`,
      }}
    />
  );
}

/**
 * Draws each card icon once, hidden, in the colour its place on a card has in the current
 * theme, and hands the drawings to the cards as data-URL images (CSS custom properties on the
 * returned style). Drawn again when the theme changes. The style is undefined until the first
 * drawing: the canvas shows no cards before it, because reading a colour restyles the whole
 * page, and with 1,000 cards on it that is a frame's work several times over.
 */
export function useCardIconImages(): { style: CSSProperties | undefined; source: JSX.Element } {
  const holder = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState<CSSProperties>();
  useLayoutEffect(() => {
    let drawnFor: string | undefined;
    const draw = () => {
      // The theme attribute may be set again with the same value: nothing to draw then.
      const theme = document.documentElement.dataset.theme ?? '';
      if (theme === drawnFor) return;
      drawnFor = theme;
      const images: Record<string, string> = {};
      for (const place of holder.current?.querySelectorAll<HTMLElement>('[data-icon]') ?? []) {
        const colour = getComputedStyle(place).color;
        const markup = place.innerHTML.replaceAll('currentColor', colour);
        images[property(place.dataset.icon ?? '')] =
          `url("data:image/svg+xml,${encodeURIComponent(markup)}")`;
      }
      setStyle((before) => (before && sameImages(before, images) ? before : images));
    };
    draw();
    // The theme is an attribute of the document (set by the app shell).
    const observer = new MutationObserver(draw);
    observer.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  const source = (
    <div ref={holder} className="card-icon-source" aria-hidden="true">
      {Object.entries(CARD_ICONS).map(([id, icon]) => (
        <span key={id} className={PLACE_OF[id] ?? 'function-node-icon'} data-icon={id}>
          {createElement(icon, { size: 24, 'aria-hidden': true })}
        </span>
      ))}
    </div>
  );
  return { style, source };
}
