import { LINK_KINDS } from '../../model';
import { bounds, orientationFor } from '../layout/diagram';
import { departmentFrames } from '../../layout/group-frame';
import { nodeBoxes } from '../layout/canvas';
import type { Diagram, DiagramGroup, DiagramNode, Section } from '../types';
import { paysTone, type ReportContext } from './context';

/** The canvas as a diagram: function boxes where they stand, team frames, typed links. */
export function diagramSection(ctx: ReportContext): Section {
  const { project, words: w } = ctx;
  const boxes = nodeBoxes(project.functions);
  const nodes: DiagramNode[] = project.functions.flatMap((fn) => {
    const box = boxes.get(fn.id);
    if (!box) return [];
    const figures = ctx.figures(fn);
    const lines = [
      w.t('report.diagram.owner', { name: ctx.personName(fn.ownerPersonId) }),
      [
        w.t('report.diagram.fte', { fte: w.number(figures?.human.fte) }),
        w.t('report.diagram.costPerMonth', { cost: w.money(figures?.costs.runMonthlyMinor) }),
      ].join(' · '),
      ...(fn.kpis.length > 0 ? [`KPI: ${fn.kpis.map((kpi) => w.kpiTarget(kpi)).join(' · ')}`] : []),
    ];
    return [{ id: fn.id, ...box, title: ctx.functionTitle(fn), lines, tone: paysTone(figures) }];
  });

  const frames = departmentFrames(project, (id) => boxes.get(id));
  const groups: DiagramGroup[] = project.groups.flatMap((group) => {
    const frame = frames.get(group.id);
    return frame ? [{ id: group.id, title: w.orUnset(group.name), ...frame }] : [];
  });

  const used = new Set(project.links.map((link) => link.kind));
  const diagram: Diagram = {
    nodes,
    groups,
    links: project.links.map((link) => ({
      from: link.from,
      to: link.to,
      kind: link.kind,
      label: link.label,
    })),
    legend: LINK_KINDS.filter((kind) => used.has(kind)).map((kind) => ({
      kind,
      label: w.d(`linkKind.${kind}`),
    })),
    empty: w.t('report.diagram.empty'),
  };
  return {
    id: 'diagram',
    level: 1,
    title: w.t('report.diagram.title'),
    newPage: true,
    orientation: orientationFor(bounds([...nodes, ...groups])),
    blocks: [
      { kind: 'paragraph', text: w.t('report.diagram.intro'), muted: true },
      { kind: 'diagram', diagram },
    ],
  };
}
