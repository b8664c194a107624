import type { ReactFlowInstance } from '@xyflow/react';
import type { MessageKey } from '../../shared/i18n';
import { useT, useWorkbench, useWorkbenchState } from '../app/workbench-context';
import { InspectorPanel } from '../inspector/inspector-panel';
import { ProjectPanel } from '../inspector/project-panel';
import { useChecks } from '../state/derived';
import { SIDE_PANELS, type SidePanel as PanelId } from '../state/store';
import { countBySeverity } from '../../shared/checks';
import { ChecksPanel } from './checks-panel';
import { LinkInspector } from './link-inspector';
import { SummaryPanel } from './summary-panel';

const TAB_LABELS: Readonly<Record<PanelId, MessageKey>> = {
  inspector: 'panel.inspector',
  project: 'panel.project',
  checks: 'panel.checks',
  summary: 'panel.summary',
};

/** The selected link when only a link is selected; otherwise the function inspector. */
function SelectionInspector() {
  const onlyLink = useWorkbenchState((s) =>
    s.selection.functionIds.length === 0 ? s.selection.linkIds[0] : undefined,
  );
  return onlyLink ? <LinkInspector linkId={onlyLink} /> : <InspectorPanel />;
}

/** Right-hand panel with tabs: inspector, project, checks (with their count), summary. */
export function SidePanel(props: { flow: ReactFlowInstance | undefined }) {
  const t = useT();
  const { store } = useWorkbench();
  const active = useWorkbenchState((s) => s.sidePanel);
  const errors = countBySeverity(useChecks()).error;

  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <div className="side-tabs" role="tablist">
        {SIDE_PANELS.map((panel) => (
          <button
            key={panel}
            type="button"
            role="tab"
            id={`tab-${panel}`}
            aria-selected={panel === active}
            aria-controls={`panel-${panel}`}
            className="side-tab"
            onClick={() => store.getState().showSidePanel(panel)}
          >
            {t(TAB_LABELS[panel])}
            {panel === 'checks' && errors > 0 && <span className="tab-badge">{errors}</span>}
          </button>
        ))}
      </div>
      <div
        className="side-content"
        role="tabpanel"
        id={`panel-${active}`}
        aria-labelledby={`tab-${active}`}
      >
        {active === 'inspector' && <SelectionInspector />}
        {active === 'project' && <ProjectPanel />}
        {active === 'checks' && <ChecksPanel flow={props.flow} />}
        {active === 'summary' && <SummaryPanel />}
      </div>
    </aside>
  );
}
