import { Suspense } from 'react';
import { loadOutputTexts, type MessageKey } from '../../shared/i18n';
import { lazyComponent } from '../ui-kit/lazy';
import { useT, useWorkbench, useWorkbenchState } from '../state/workbench-context';
import { InspectorPanel } from '../inspector/inspector-panel';
import { useChecks } from '../state/derived';
import { SIDE_PANELS, type SidePanel as PanelId } from '../state/store';
import { countBySeverity } from '../../shared/checks';

// The tabs other than the (default) inspector are loaded when first shown.
// The project panel lists the presentation's slides: it brings the presentation's texts.
const ProjectPanel = lazyComponent(() =>
  Promise.all([import('../inspector/project-panel'), loadOutputTexts()]).then(
    ([m]) => m.ProjectPanel,
  ),
);
const ChecksPanel = lazyComponent(() => import('./checks-panel').then((m) => m.ChecksPanel));
const SummaryPanel = lazyComponent(() => import('./summary-panel').then((m) => m.SummaryPanel));
const LinkInspector = lazyComponent(() => import('./link-inspector').then((m) => m.LinkInspector));

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
export function SidePanel() {
  const t = useT();
  const { store } = useWorkbench();
  const active = useWorkbenchState((s) => s.sidePanel);
  const errors = countBySeverity(useChecks()).error;
  const readOnly = useWorkbenchState((s) => s.openElsewhere);

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
        <Suspense fallback={null}>
          {/* Read-only (another tab edits the project): every field shows, none takes input. */}
          <fieldset className="side-fields" disabled={readOnly}>
            {active === 'inspector' && <SelectionInspector />}
            {active === 'project' && <ProjectPanel />}
          </fieldset>
          {active === 'checks' && <ChecksPanel />}
          {active === 'summary' && <SummaryPanel />}
        </Suspense>
      </div>
    </aside>
  );
}
