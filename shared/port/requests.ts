import { z } from 'zod';
import { projectSchema } from '../model';
import { idSchema } from '../model/primitives';
import type { WorkbenchApi, WorkbenchMethod } from './contract';
import { settingsPatchSchema } from './settings';

/**
 * Validation of every argument list that may cross from the renderer to the main process.
 * Typed against WorkbenchApi, so adding a method without its schema does not compile.
 */
export const requestSchemas: {
  readonly [M in WorkbenchMethod]: z.ZodType<Parameters<WorkbenchApi[M]>>;
} = {
  listProjects: z.tuple([]),
  openProject: z.tuple([idSchema]),
  saveProject: z.tuple([projectSchema]),
  getSettings: z.tuple([]),
  updateSettings: z.tuple([settingsPatchSchema]),
};
