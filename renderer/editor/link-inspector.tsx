import { useState } from 'react';
import { LINK_KINDS, removeLinks, updateLink, type LinkKind } from '../../shared/model';
import { useT, useWorkbench } from '../state/workbench-context';
import { useFunctionName, useLink } from '../state/derived';
import { EMPTY_SELECTION } from '../state/store';

/** Kind and label of the selected link; each change is one undo step. */
export function LinkInspector(props: { linkId: string }) {
  const t = useT();
  const { store } = useWorkbench();
  const link = useLink(props.linkId);
  const from = useFunctionName(link?.from ?? '');
  const to = useFunctionName(link?.to ?? '');
  const [draft, setDraft] = useState<string | undefined>(undefined);
  if (!link) return null;

  const edit = (patch: { kind?: LinkKind; label?: string }) =>
    store.getState().edit((doc) => updateLink(doc, link.id, patch));
  const commitLabel = () => {
    if (draft !== undefined && draft !== link.label) edit({ label: draft.trim() });
    setDraft(undefined);
  };

  return (
    <section className="link-inspector" aria-label={t('link.title')}>
      <h2 className="panel-heading">{t('link.title')}</h2>
      <p className="link-ends">
        {t('link.from')}: <strong>{from}</strong> → {t('link.to')}: <strong>{to}</strong>
      </p>
      <label className="field">
        <span>{t('link.kind')}</span>
        <select
          value={link.kind}
          onChange={(event) => edit({ kind: event.target.value as LinkKind })}
        >
          {LINK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`linkKind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('link.label')}</span>
        <input
          value={draft ?? link.label}
          maxLength={300}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitLabel}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
      </label>
      <button
        type="button"
        className="danger"
        onClick={() => {
          store.getState().edit((doc) => removeLinks(doc, [link.id]));
          store.getState().select(EMPTY_SELECTION);
        }}
      >
        {t('link.delete')}
      </button>
    </section>
  );
}
