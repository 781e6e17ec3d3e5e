import robotSource from '../../../robot/robot.ts?raw';
import { cspNonce } from '../csp-nonce.ts';
import { CodeEditor, type CodeEditorOptions } from './code-editor.ts';
import { parseRobotDocs } from './robot-docs.ts';

/**
 * The CodeMirror editor with the robot API's docs: a lazy chunk (see editor-slot.ts). Its
 * styles carry the page's nonce (csp-nonce.ts).
 */
export function createEditor(options: Omit<CodeEditorOptions, 'docs'>): CodeEditor {
  const nonce = cspNonce();
  return new CodeEditor({
    ...options,
    docs: parseRobotDocs(robotSource),
    ...(nonce ? { cspNonce: nonce } : {}),
  });
}
