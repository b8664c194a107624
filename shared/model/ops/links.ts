import type { Link, Project } from '../schema';
import { hasId, removeWhere, updateById } from './arrays';

/** Adds a link between two existing, different functions; anything else is ignored. */
export function addLink(project: Project, link: Link): Project {
  const valid =
    link.from !== link.to &&
    hasId(project.functions, link.from) &&
    hasId(project.functions, link.to) &&
    !hasId(project.links, link.id);
  return valid ? { ...project, links: [...project.links, link] } : project;
}

export function updateLink(
  project: Project,
  linkId: string,
  patch: Partial<Pick<Link, 'kind' | 'label'>>,
): Project {
  const links = updateById(project.links, linkId, (link) => ({ ...link, ...patch }));
  return links === project.links ? project : { ...project, links };
}

export function removeLinks(project: Project, linkIds: readonly string[]): Project {
  const doomed = new Set(linkIds);
  const links = removeWhere(project.links, (link) => doomed.has(link.id));
  return links === project.links ? project : { ...project, links };
}

/** Whether a link from `from` to `to` exists; one the other way round is a different link. */
export function hasLink(project: Project, from: string, to: string): boolean {
  return project.links.some((link) => link.from === from && link.to === to);
}
