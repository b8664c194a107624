import { LINK_KINDS } from '../../model';
import { orientationFor } from '../layout/diagram';
import { nodeBoxes } from '../layout/canvas';
import { unionOf } from '../../layout/rect';
import type { Diagram, DiagramGroup, DiagramNode, Section } from '../types';
import { paysTone, type ReportContext } from './context';

/** A box lists this many KPIs at most; the rest are counted (the function's section has all). */
const KPIS_IN_BOX = 3;

/** The canvas as a diagram: function boxes where they stand, team frames, typed links. */
export function diagramSection(ctx: ReportContext): Section {
  const { project, words: w } = ctx;
  const boxes = nodeBoxes(project.functions);
  const nodes: DiagramNode[] = project.functions.flatMap((fn) => {
    const box = boxes.get(fn.id);
    if (!box) return [];
    const figures = ctx.figures(fn);
    const kpis = fn.kpis
      .slice(0, KPIS_IN_BOX)
      .map((kpi) =>
        w.t('report.diagram.kpi', { name: w.orUnset(kpi.metric), target: w.kpiTarget(kpi) }),
      );
    const moreKpis = fn.kpis.length - KPIS_IN_BOX;
    const lines = [
      w.t('report.diagram.owner', { name: ctx.personName(fn.ownerPersonId) }),
      [
        w.t('report.diagram.fte', { fte: w.number(figures?.human.fte) }),
        w.t('report.diagram.costPerMonth', { cost: w.money(figures?.costs.runMonthlyMinor) }),
      ].join(' · '),
      ...kpis,
      ...(moreKpis > 0 ? [w.t('report.diagram.moreKpis', { count: moreKpis })] : []),
    ];
    const pays = figures?.financial.pays;
    const status = w.t(
      pays === 'yes'
        ? 'report.diagram.pays'
        : pays === 'no'
          ? 'report.diagram.doesNotPay'
          : 'report.diagram.notEnoughData',
    );
    return [
      { id: fn.id, ...box, title: ctx.functionTitle(fn), lines, status, tone: paysTone(figures) },
    ];
  });

  const placed = new Set(nodes.map((node) => node.id));
  const groups: DiagramGroup[] = project.groups.flatMap((group) => {
    const members = project.functions
      .filter((fn) => fn.groupId === group.id && placed.has(fn.id))
      .map((fn) => fn.id);
    return members.length > 0 ? [{ id: group.id, title: w.orUnset(group.name), members }] : [];
  });

  const used = new Set(project.links.map((link) => link.kind));
  const diagram: Diagram = {
    nodes,
    groups,
    links: project.links.map((link) => ({
      from: link.from,
      to: link.to,
      kind: link.kind,
      label: link.label.trim(),
    })),
    legend: LINK_KINDS.filter((kind) => used.has(kind)).map((kind) => ({
      kind,
      label: w.d(`linkKind.${kind}`),
    })),
    empty: w.t('report.diagram.empty'),
    text: {
      part: w.t('report.diagram.part'),
      overview: w.t('report.diagram.overview'),
      index: w.t('report.diagram.index'),
      indexFunction: w.t('report.diagram.indexFunction'),
      indexPlace: w.t('report.diagram.indexPlace'),
      indexEntry: w.t('report.diagram.indexEntry'),
      notes: w.t('report.diagram.notes'),
      noteElsewhere: w.t('report.diagram.noteElsewhere'),
    },
  };
  return {
    id: 'diagram',
    level: 1,
    title: w.t('report.diagram.title'),
    newPage: true,
    orientation: orientationFor(unionOf(nodes)),
    blocks: [
      { kind: 'paragraph', text: w.t('report.diagram.intro'), muted: true },
      { kind: 'diagram', diagram },
    ],
  };
}
