import robotSource from '../../../robot/robot.ts?raw';
import { CodeEditor, type CodeEditorOptions } from './code-editor.ts';
import { parseRobotDocs } from './robot-docs.ts';

/**
 * The CodeMirror editor with the robot API's docs: a lazy chunk (see editor-slot.ts). Its
 * styles carry the page's nonce (Vite's <meta property="csp-nonce">, filled by the server).
 */
export function createEditor(options: Omit<CodeEditorOptions, 'docs'>): CodeEditor {
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  return new CodeEditor({
    ...options,
    docs: parseRobotDocs(robotSource),
    ...(nonce ? { cspNonce: nonce } : {}),
  });
}
