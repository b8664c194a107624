import { functionDifferences, type DesignFigures, type FunctionDifference } from '../../compare';
import type { Block, Column, PageRef, Section, TableRow } from '../types';
import type { Words } from '../words';
import type { ReportContext } from './context';
import { FIGURES, figureDifference, figureLabel, figureValue } from './figures';
import { functionAnchor } from './function';

/** One scenario's column in the comparison, and where its part of the report is. */
export interface ComparedScenario {
  readonly name: string;
  readonly recommended: boolean;
  readonly ctx: ReportContext;
  readonly figures: DesignFigures;
  /** Prefix of the anchors in the scenario's part (its function pages, its chapters). */
  readonly prefix: string;
}

/** Differences listed per scenario before "… and N more". */
const MAX_DIFFERENCES = 8;
const KIND_ORDER: readonly FunctionDifference['kind'][] = ['added', 'removed', 'changed'];

/**
 * The scenarios side by side: the decision figures of each (designFigures, formatted as on the
 * decision page) with their differences from the first one chosen, then per scenario the
 * functions added, removed and changed against that first one, each with its page.
 */
export function comparisonSection(
  w: Words,
  months: number,
  compared: readonly ComparedScenario[],
): Section {
  const [reference] = compared;
  const title = w.t('report.scenarios.comparisonTitle');
  if (!reference) return { id: 'comparison', level: 1, title, newPage: true, blocks: [] };
  const columns: Column[] = [
    { title: w.t('report.scenarios.figure'), align: 'left', weight: 3.4 },
    ...compared.map((scenario): Column => ({
      // The mark on a line of its own, so a long name is not hyphenated to make room for it.
      title: scenario.recommended
        ? `${scenario.name}\n${w.t('report.scenarios.recommendedColumn')}`
        : scenario.name,
      align: 'right',
      weight: 2.4,
      maxLines: 3,
    })),
  ];
  const rows: TableRow[] = FIGURES.map((key) => ({
    cells: [
      figureLabel(w, key, months),
      ...compared.map((scenario, i) => {
        const value = figureValue(w, key, scenario.figures);
        if (i === 0) return value;
        const difference = figureDifference(w, key, reference.figures, scenario.figures).text;
        return difference === '' ? value : `${value}\n${difference}`;
      }),
    ],
  }));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: w.t('report.scenarios.comparisonIntro', { reference: reference.name }),
    },
    { kind: 'table', table: { columns, rows, empty: '' } },
  ];
  for (const scenario of compared.slice(1)) {
    blocks.push(
      {
        kind: 'heading',
        text: w.t('report.scenarios.functionsHeading', {
          name: scenario.name,
          reference: reference.name,
        }),
      },
      ...differenceBlocks(w, reference, scenario),
    );
  }
  return { id: 'comparison', level: 1, title, newPage: true, blocks };
}

function differenceBlocks(
  w: Words,
  reference: ComparedScenario,
  scenario: ComparedScenario,
): Block[] {
  const differences = functionDifferences(reference.ctx.project, scenario.ctx.project);
  if (differences.length === 0) {
    return [
      {
        kind: 'paragraph',
        text: w.t('report.scenarios.noDifferences', { reference: reference.name }),
      },
    ];
  }
  const item = (difference: FunctionDifference): PageRef => {
    // A removed function is described in the reference's part, the others in the scenario's.
    const where = difference.kind === 'removed' ? reference : scenario;
    const fn = where.ctx.functionTitle(difference.fn);
    return {
      text:
        difference.kind === 'changed'
          ? w.t('report.scenarios.changed', {
              function: fn,
              aspects: difference.aspects
                .map((aspect) => w.text(`scenario.aspect.${aspect}`))
                .join(', '),
            })
          : w.t(
              difference.kind === 'added' ? 'report.scenarios.added' : 'report.scenarios.removed',
              { function: fn },
            ),
      anchor: `${where.prefix}${functionAnchor(difference.functionId)}`,
    };
  };
  // What was added or removed weighs more than what was changed: listed first.
  const order = (kind: FunctionDifference['kind']) => KIND_ORDER.indexOf(kind);
  const sorted = differences.toSorted((a, b) => order(a.kind) - order(b.kind));
  const count = (kind: FunctionDifference['kind']) =>
    w.number(differences.filter((difference) => difference.kind === kind).length, 0);
  const counts: Block = {
    kind: 'paragraph',
    text: w.t('report.scenarios.differenceCounts', {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
    }),
  };
  const items = sorted.slice(0, MAX_DIFFERENCES).map(item);
  const rest = differences.length - MAX_DIFFERENCES;
  if (rest > 0) {
    items.push({
      text: w.t('report.scenarios.moreIn', {
        count: w.number(rest, 0),
        section: w.t('report.functions.title'),
        name: scenario.name,
      }),
      anchor: `${scenario.prefix}functions`,
    });
  }
  return [counts, { kind: 'refs', items }];
}
