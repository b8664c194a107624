import { readFileSync } from 'node:fs';
import { createFunction } from '../../shared/catalog';
import { evaluationOf } from '../../shared/checks';
import { designFigures, type DesignFigures } from '../../shared/compare';
import '../../shared/i18n/all';
import { addFunction, parseProjectFile, type Project } from '../../shared/model';

export const KEY_ACCOUNTS = 'shared/samples/key-accounts.en.json';

/** The key-accounts sample, and the same sample with technical support added as the UI adds it. */
export function keyAccountsWithSupport(): { baseline: Project; variant: Project } {
  const parsed = parseProjectFile(JSON.parse(readFileSync(KEY_ACCOUNTS, 'utf8')));
  if (!parsed.ok) throw new Error('the sample does not parse');
  const baseline = parsed.project;
  let next = 0;
  const support = createFunction({
    typeId: 'technical-support',
    id: 'support',
    position: { x: 0, y: 0 },
    language: 'en',
    currency: baseline.currency,
    newId: () => `new-${++next}`,
  });
  return { baseline, variant: addFunction(baseline, support) };
}

/** A design's decision figures, as the app and the report compute them. */
export function figuresOf(project: Project): DesignFigures {
  const { analysis, checks } = evaluationOf(project);
  return designFigures(analysis, checks);
}
