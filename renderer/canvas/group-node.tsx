import type { Node, NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { renameGroup } from '../../shared/model';
import { useT, useWorkbench, useWorkbenchState } from '../app/workbench-context';

export type GroupNodeData = { readonly groupId: string };
export type GroupNodeType = Node<GroupNodeData, 'group-frame'>;

/**
 * A department drawn as a frame around its functions; dragging it moves them, double-clicking
 * its name renames it (one undo step).
 */
function GroupNodeView({ data, selected }: NodeProps<GroupNodeType>) {
  const t = useT();
  const { store } = useWorkbench();
  const name = useWorkbenchState((s) => s.project.groups.find((g) => g.id === data.groupId)?.name);
  const [draft, setDraft] = useState<string | undefined>(undefined);

  const commit = () => {
    const value = draft?.trim();
    setDraft(undefined);
    if (value && value !== name) {
      store.getState().edit((doc) => renameGroup(doc, data.groupId, value));
    }
  };

  return (
    <div className={`group-frame${selected ? ' selected' : ''}`} data-testid="group-frame">
      {draft === undefined ? (
        <span
          className="group-frame-name"
          title={t('canvas.group.rename')}
          onDoubleClick={() => setDraft(name ?? '')}
        >
          {name}
        </span>
      ) : (
        <input
          className="group-frame-input nodrag"
          aria-label={t('canvas.group.nameLabel')}
          value={draft}
          maxLength={300}
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
            if (event.key === 'Escape') setDraft(undefined);
          }}
        />
      )}
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
