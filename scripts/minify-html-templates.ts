// Drops the indentation inside Lit's html`` templates in our sources, which no JS minifier touches. Each
// run of white space that holds a line break becomes those line breaks alone: the same white space to HTML (our
// templates hold no <pre> text), and every line keeps its number, so source maps stay right.
import ts from 'typescript';

const INDENTED_BREAKS = /[ \t\r]*\n[ \t\r\n]*/g;

function templateParts(template: ts.TemplateLiteral): ts.Node[] {
  return ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
}

export function minifyHtmlTemplates(source: string, filename = 'template.ts'): string {
  const file = ts.createSourceFile(filename, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      for (const part of templateParts(node.template)) {
        const start = part.getStart(file);
        const text = source.slice(start, part.end);
        const minified = text.replace(INDENTED_BREAKS, (run) => run.replace(/[^\n]/g, ''));
        if (minified !== text) edits.push({ start, end: part.end, text: minified });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
