import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useWorkbenchState } from '../app/workbench-context';

export type GroupNodeData = { readonly groupId: string };
export type GroupNodeType = Node<GroupNodeData, 'group-frame'>;

/** A department drawn as a frame around its functions; dragging it moves them. */
function GroupNodeView({ data, selected }: NodeProps<GroupNodeType>) {
  const name = useWorkbenchState((s) => s.project.groups.find((g) => g.id === data.groupId)?.name);
  return (
    <div className={`group-frame${selected ? ' selected' : ''}`} data-testid="group-frame">
      <span className="group-frame-name">{name}</span>
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
