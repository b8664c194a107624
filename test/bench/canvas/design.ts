import type { Project } from '../../../shared/model';
import { bigProject } from '../../fixtures/big-project';
import { benchLinks } from '../../fixtures/bench-graph';

/** The big project of `count` functions with the links the bare page draws (1.5 per card). */
export function benchDesign(count: number): Project {
  const project = bigProject(count, 'en', false);
  const links = benchLinks(count).map((link, i) => ({
    id: `link-${i}`,
    from: `fn-${link.from}`,
    to: `fn-${link.to}`,
    kind: 'handoff' as const,
    label: '',
  }));
  return { ...project, name: `Canvas benchmark, ${count} functions`, links };
}
