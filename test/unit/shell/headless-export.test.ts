import { describe, expect, it } from 'vitest';
import { headlessExportArgs } from '../../../electron/main/headless-export';

describe('desktop command-line export', () => {
  it('takes the arguments after --export, whatever comes before', () => {
    expect(
      headlessExportArgs([
        '/opt/ssw/app',
        '.',
        '--export',
        'a.ssw.json',
        '--out',
        'a.pdf',
        '--lang',
        'en',
      ]),
    ).toEqual(['a.ssw.json', '--out', 'a.pdf', '--lang', 'en']);
  });

  it('is off for a normal start or a file to open', () => {
    expect(headlessExportArgs(['/opt/ssw/app', '.'])).toBeUndefined();
    expect(headlessExportArgs(['/opt/ssw/app', 'project.ssw.json'])).toBeUndefined();
  });
});
