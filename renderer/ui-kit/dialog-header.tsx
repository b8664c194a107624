import { useT } from '../state/workbench-context';
import './dialog-header.css';

/**
 * The header of a large modal sheet (help, compare): its title and a Close button, which has the
 * focus when the sheet opens and closes it as the native <dialog> does (Esc does the same).
 */
export function DialogHeader(props: { readonly title: string; readonly titleId?: string }) {
  const t = useT();
  return (
    <header className="dialog-header">
      <h2 id={props.titleId}>{props.title}</h2>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          {t('dialog.close')}
        </button>
      </form>
    </header>
  );
}
