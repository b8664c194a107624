import { z } from 'zod';
import { projectSchema } from '../model';
import { idSchema } from '../model/primitives';
import type { WorkbenchApi, WorkbenchMethod } from './contract';
import { isSafeFileName } from './file-name';
import { settingsPatchSchema } from './settings';

/** Larger than any report the app makes (a 200-function report is about 2 MB). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

const pdfBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_PDF_BYTES, 'the PDF is larger than 200 MB')
  .refine(
    (bytes) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46,
    'the data is not a PDF',
  );

/** A suggested file name only: no folders, nothing the save dialog could misread. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(isSafeFileName, 'a file name without folders or special characters');

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
  savePdf: z.tuple([pdfBytesSchema, fileNameSchema]),
};
