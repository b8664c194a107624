import { z } from 'zod';
import { COMMAND_IDS } from '../commands/commands';
import { projectSchema } from '../model';
import { idSchema } from '../model/primitives';
import type { WorkbenchApi, WorkbenchMethod } from './contract';
import { isSafeFileName } from './file-name';
import { MAX_PROJECT_FILE_BYTES } from './file-text';
import { SETTING_CHECKS } from './settings';

/** A settings patch: only known keys, each holding what the setting may hold. */
const settingsPatchSchema = z
  .object(
    Object.fromEntries(
      Object.entries(SETTING_CHECKS).map(([key, check]) => [
        key,
        z.custom(check, `not a valid value for ${key}`).optional(),
      ]),
    ),
  )
  .strict();

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

/** A project name as typed: trimmed, not empty, as long as the format allows. */
const projectNameSchema = z.string().trim().min(1).max(200);

/** Backup ids are file names on the desktop: no folder may be named through one. */
const backupIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\w.-]+$/, 'letters, digits, ".", "_" and "-" only')
  .refine((id) => !id.startsWith('.'), 'no hidden names');

/**
 * A project file's bytes, bounded before anything reads them (the renderer refuses a larger
 * file itself, in words, before sending it).
 */
const projectBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_PROJECT_FILE_BYTES, 'the file is too large');

/** A stored revision, as a back end made it (opaque to the renderer). */
const revisionSchema = z.string().min(1).max(200);

/** Known command ids only, each with nothing but its enabled and checked flags. */
const menuStateSchema = z.partialRecord(
  z.enum(COMMAND_IDS),
  z.strictObject({ enabled: z.boolean(), checked: z.boolean().optional() }),
);

/**
 * Validation of every argument list that may cross from the renderer to the main process.
 * Typed against WorkbenchApi, so adding a method without its schema does not compile.
 */
export const requestSchemas: {
  readonly [M in WorkbenchMethod]: z.ZodType<Parameters<WorkbenchApi[M]>>;
} = {
  listProjects: z.tuple([]),
  openProject: z.tuple([idSchema]),
  saveProject: z.tuple([projectSchema, revisionSchema.optional()]),
  renameProject: z.tuple([idSchema, projectNameSchema]),
  duplicateProject: z.tuple([idSchema, projectNameSchema]),
  trashProject: z.tuple([idSchema]),
  restoreProject: z.tuple([idSchema]),
  listTrash: z.tuple([]),
  purgeProject: z.tuple([idSchema]),
  listBackups: z.tuple([idSchema]),
  recoverProject: z.tuple([idSchema, backupIdSchema]),
  importProject: z.tuple([projectBytesSchema]),
  exportProject: z.tuple([idSchema]),
  listRecent: z.tuple([]),
  markRecent: z.tuple([idSchema]),
  getSettings: z.tuple([]),
  updateSettings: z.tuple([settingsPatchSchema]),
  savePdf: z.tuple([pdfBytesSchema, fileNameSchema]),
  printPdf: z.tuple([pdfBytesSchema, fileNameSchema]),
  takeStartupNotices: z.tuple([]),
  updateMenuState: z.tuple([menuStateSchema]),
  cancelOpening: z.tuple([]),
};
