import ts from 'typescript';
import { ENGLISH, latinWords, prose } from '../robot/i18n/english-left.ts';

/*
 * A student program as tokens, to tell two translations of one program apart from two
 * programs: comments are not tokens, and texts (strings, template parts) are only their kind.
 */

/** The tokens that are texts, and how codeTokens shows them. */
const TEXT_KINDS = new Map([
  [ts.SyntaxKind.StringLiteral, '<string>'],
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral, '<template>'],
  [ts.SyntaxKind.TemplateHead, '<template-head>'],
  [ts.SyntaxKind.TemplateMiddle, '<template-middle>'],
  [ts.SyntaxKind.TemplateTail, '<template-tail>'],
]);

/** The leaf tokens of `source` in order, with the end-of-file token. */
function leaves(source: string): { file: ts.SourceFile; tokens: ts.Node[] } {
  const file = ts.createSourceFile('program.ts', source, ts.ScriptTarget.ES2022, true);
  const tokens: ts.Node[] = [];
  const walk = (node: ts.Node) => {
    if (ts.isJSDoc(node)) return;
    const children = node.getChildren(file);
    if (children.length === 0) tokens.push(node);
    else children.forEach(walk);
  };
  walk(file);
  return { file, tokens };
}

/** The code of `source` without comments; every text stands as its kind (`<string>`). */
export function codeTokens(source: string): string[] {
  const { file, tokens } = leaves(source);
  return tokens
    .filter((t) => t.kind !== ts.SyntaxKind.EndOfFileToken)
    .map((t) => TEXT_KINDS.get(t.kind) ?? t.getText(file));
}

/** What `source` says to a reader: its comments (without // or /*) and its texts. */
export function programWords(source: string): { comments: string[]; texts: string[] } {
  const { file, tokens } = leaves(source);
  const seen = new Set<number>();
  const comments: string[] = [];
  for (const token of tokens) {
    // A comment after code on its line trails that code; one on a line of its own leads.
    const ranges = [
      ...(ts.getLeadingCommentRanges(source, token.getFullStart()) ?? []),
      ...(ts.getTrailingCommentRanges(source, token.end) ?? []),
    ];
    for (const range of ranges) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      comments.push(
        source
          .slice(range.pos, range.end)
          .replace(/^\/\/|^\/\*|\*\/$/g, '')
          .trim(),
      );
    }
  }
  const texts = tokens
    .filter((t) => TEXT_KINDS.has(t.kind))
    .map((t) =>
      t
        .getText(file)
        .replace(/^['"`}]|['"`]$|\$\{$/g, '')
        .trim(),
    );
  return { comments, texts };
}

/**
 * What keeps `translated` from being the program `en` with its comments and texts in `lang`
 * (empty when nothing does): other code, a comment left out, English left in.
 */
export function translationProblems(en: string, translated: string, lang: 'vi' | 'lo'): string[] {
  const problems: string[] = [];
  const [code, enCode] = [codeTokens(translated), codeTokens(en)];
  const at = code.findIndex((token, i) => token !== enCode[i]);
  if (at >= 0 || code.length !== enCode.length) {
    const where = at >= 0 ? at : Math.min(code.length, enCode.length);
    problems.push(`other code at token ${where}: "${code[where]}", English has "${enCode[where]}"`);
  }
  const words = programWords(translated);
  const enWords = programWords(en);
  if (words.comments.length !== enWords.comments.length) {
    problems.push(`comments: ${words.comments.length}, English: ${enWords.comments.length}`);
  }
  const pairs = [
    ...words.comments.map((text, i) => [text, enWords.comments[i] ?? ''] as const),
    ...words.texts.map((text, i) => [text, enWords.texts[i] ?? ''] as const),
  ];
  for (const [text, english] of pairs) {
    const left = lang === 'lo' ? latinWords(text).length > 0 : ENGLISH.test(prose(text));
    const untranslated = latinWords(english).length > 0 && text === english;
    if (left || untranslated) problems.push(`English left in "${text}"`);
  }
  return problems;
}
