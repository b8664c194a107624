import { FileText, FolderOpen, Save } from 'lucide-react';
import { libraryCommands } from '../library/commands';
import { fromMenu } from './command';

/** File menu: save, the PDF report and the library's commands. */
export const FILE_COMMANDS = [
  fromMenu('file.save', {
    keepsPresentation: true,
    icon: Save,
    perform: ({ saver }) => void saver.save(),
  }),
  fromMenu('file.exportPdf', {
    keepsDocument: true,
    icon: FileText,
    perform: (editor) => editor.openDialog('export'),
  }),
  fromMenu('file.print', {
    keepsDocument: true,
    perform: (editor) => editor.openDialog('print'),
  }),
  fromMenu('file.library', {
    keepsDocument: true,
    icon: FolderOpen,
    perform: (editor) => libraryCommands.showLibrary(editor),
  }),
  // The start screen: a sample, a blank project or a file to import.
  fromMenu('file.newProject', {
    keepsDocument: true,
    perform: (editor) => libraryCommands.showStart(editor),
  }),
  fromMenu('file.importProject', {
    keepsDocument: true,
    perform: (editor) => libraryCommands.importProject(editor),
  }),
  fromMenu('file.exportProject', {
    keepsDocument: true,
    perform: (editor) => libraryCommands.exportProject(editor),
    // The editor's project can be exported only while the editor shows one.
    enabled: ({ navigation }) => navigation.editorHasProject && navigation.screen === 'editor',
  }),
  // Opens in a read-only tab too: the dialog lists the versions and says why it cannot restore.
  fromMenu('file.versions', {
    keepsDocument: true,
    perform: (editor) => editor.openDialog('versions'),
    enabled: ({ navigation }) => navigation.editorHasProject && navigation.screen === 'editor',
  }),
];
