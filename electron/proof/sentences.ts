import ts from 'typescript';

/**
 * Finds string literals in main-process source that read like a sentence for a person: the main
 * process returns codes and details, and every sentence comes from the catalogues
 * (shared/i18n/locales). Log lines and developer errors (`new Error(...)`, which never reach a
 * person: toAppError hides them) are not sentences for the desk, so they are left alone.
 */

const FUNCTION_WORDS =
  /\b(the|a|an|to|is|are|was|were|not|no|could|cannot|can|this|that|these|your|you|please|try|again|check|and|or|of|in|on|for|with|from|be|has|have|it|its|there|here|now|still|already|only|been|will|would|did|does)\b/gi;

/** Three words or more, with English function words or the end of a sentence. */
export function looksLikeSentence(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /[A-Za-z]/.test(w));
  if (words.length < 3) return false;
  const functionWords = text.match(FUNCTION_WORDS)?.length ?? 0;
  return /^[A-Z]/.test(text.trim()) && (functionWords >= 1 || /[.!?]$/.test(text.trim()));
}

const LOG_CALLEE = /(^|\.)(info|warn|error|debug|log)$|^console\./;

function calleeText(call: ts.CallExpression | ts.NewExpression, file: ts.SourceFile): string {
  return call.expression.getText(file);
}

/** Inside a log call, or a developer error that never reaches the desk. */
function exempt(node: ts.Node, file: ts.SourceFile): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) && LOG_CALLEE.test(calleeText(at, file))) return true;
    if (ts.isNewExpression(at) && /^(Error|TypeError|RangeError)$/.test(calleeText(at, file))) {
      return true;
    }
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
  }
  return false;
}

export interface Sentence {
  line: number;
  text: string;
}

export function sentencesIn(source: string, fileName = 'source.ts'): Sentence[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Sentence[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) {
      // A substitution stands for a word (often a name): `${vendor} could not…` is a sentence.
      text = [node.head.text, ...node.templateSpans.map((s) => `X ${s.literal.text}`)].join('');
    }
    if (text !== undefined && looksLikeSentence(text) && !exempt(node, file)) {
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
