import type { Node, NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { renameGroup } from '../../shared/model';
import { useDisplay, useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import { InlineNameInput } from './inline-name';
import { useFrameNameSize } from './low-detail';

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
  const [editing, setEditing] = useState(false);
  const display = useDisplay();
  // A read-only tab renames nothing, so the frame does not invite it.
  const readOnly = useWorkbenchState((s) => s.openElsewhere);
  const nameSize = useFrameNameSize();

  return (
    <div className={`group-frame${selected ? ' selected' : ''}`} data-testid="group-frame">
      {editing ? (
        <InlineNameInput
          className="group-frame-input"
          label={t('canvas.group.nameLabel')}
          value={name ?? ''}
          onCommit={(value) =>
            store.getState().edit((doc) => renameGroup(doc, data.groupId, value))
          }
          onClose={() => setEditing(false)}
        />
      ) : (
        <span
          className={nameSize ? 'group-frame-name scaled' : 'group-frame-name'}
          style={nameSize ? { fontSize: nameSize } : undefined}
          title={readOnly ? undefined : t('canvas.group.rename')}
          onDoubleClick={() => setEditing(!store.getState().openElsewhere)}
        >
          {display.name(name ?? '')}
        </span>
      )}
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
