/**
 * The desktop app's command-line export, as desktop diagram tools offer it:
 * `sales-system-workbench --export <project-file> --out <file.pdf> [--lang ru|en]`.
 * Returns the arguments after `--export` (the project file first), or undefined for a normal start.
 */
export function headlessExportArgs(argv: readonly string[]): string[] | undefined {
  const at = argv.indexOf('--export');
  return at === -1 ? undefined : argv.slice(at + 1);
}
