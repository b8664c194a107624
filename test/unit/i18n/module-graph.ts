/**
 * The renderer's module graph as the bundler splits it, read from the sources with the
 * TypeScript parser: which modules load with the first screen (static imports from the entry)
 * and which on demand (dynamic import()), and the catalog keys each module's code names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

export interface ModuleFacts {
  /** Relative modules imported statically (value imports; `import type` loads nothing). */
  readonly imports: readonly string[];
  /** Relative modules imported with import(), each with the calls it is nested in. */
  readonly dynamicImports: readonly {
    readonly path: string;
    readonly wrappers: readonly string[];
  }[];
  /** String literals, and templates that start like a key as patterns (`${…}` matching any text). */
  readonly literals: readonly string[];
  readonly patterns: readonly RegExp[];
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  if (/\.(ts|tsx)$/.test(base) && existsSync(base)) return base;
  return EXTENSIONS.map((ext) => base + ext).find((path) => existsSync(path));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

const cache = new Map<string, ModuleFacts>();

export function moduleFacts(path: string): ModuleFacts {
  const known = cache.get(path);
  if (known) return known;
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const imports: string[] = [];
  const dynamicImports: { path: string; wrappers: string[] }[] = [];
  const literals: string[] = [];
  const patterns: RegExp[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node)
        ? node.importClause?.isTypeOnly === true
        : node.isTypeOnly;
      const target = resolveModule(path, node.moduleSpecifier.text);
      if (target && !typeOnly) imports.push(target);
      return;
    }
    if (ts.isImportTypeNode(node)) return;
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const target = resolveModule(path, node.arguments[0].text);
      const wrappers: string[] = [];
      for (let up = node.parent; up; up = up.parent) {
        if (ts.isCallExpression(up)) wrappers.push(calleeName(up));
      }
      if (target) dynamicImports.push({ path: target, wrappers });
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      literals.push(node.text);
    } else if (ts.isTemplateExpression(node) && /^[a-zA-Z]+\./.test(node.head.text)) {
      // Only a template that starts like a key (`area.…${…}`) names keys.
      const parts = [
        escape(node.head.text),
        ...node.templateSpans.map((s) => escape(s.literal.text)),
      ];
      patterns.push(new RegExp(`^${parts.join('.+')}$`));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const facts = { imports, dynamicImports, literals, patterns };
  cache.set(path, facts);
  return facts;
}

/** Every module reached from `entry` through static imports only: what loads with it. */
export function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...moduleFacts(path).imports);
  }
  return seen;
}

/** Every module reached from `entry`, through static and dynamic imports. */
export function fullClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const facts = moduleFacts(path);
    queue.push(...facts.imports, ...facts.dynamicImports.map((d) => d.path));
  }
  return seen;
}

/** The keys among `keys` that the code of the modules names (literally or by a pattern). */
export function keysNamedBy(
  modules: Iterable<string>,
  keys: readonly string[],
): Map<string, string> {
  const named = new Map<string, string>();
  const known = new Set(keys);
  for (const path of modules) {
    const facts = moduleFacts(path);
    for (const literal of facts.literals) if (known.has(literal)) named.set(literal, path);
    for (const pattern of facts.patterns) {
      for (const key of keys) if (pattern.test(key)) named.set(key, path);
    }
  }
  return named;
}
