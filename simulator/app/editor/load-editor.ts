import robotSource from '../../../robot/robot.ts?raw';
import { CodeEditor, type CodeEditorOptions } from './code-editor.ts';
import { parseRobotDocs } from './robot-docs.ts';

/** The CodeMirror editor with the robot API's docs: a lazy chunk (see editor-slot.ts). */
export function createEditor(options: Omit<CodeEditorOptions, 'docs'>): CodeEditor {
  return new CodeEditor({ ...options, docs: parseRobotDocs(robotSource) });
}
