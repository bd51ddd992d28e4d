// Minifies the CSS inside Lit's css`` templates in our sources with lightningcss, which no JS minifier
// touches (comments, whitespace, longhands). The template's line breaks move after its closing backtick, so the lines
// after it keep their numbers and source maps stay right.
import { transform } from 'lightningcss';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/** What the script-tag build targets (es2022: class static blocks need Safari 16.4, Chrome 94, Firefox 93). */
const TARGETS = { chrome: 94 << 16, firefox: 93 << 16, safari: (16 << 16) | (4 << 8) };

export function minifyCss(text: string, filename: string): string {
  let result: ReturnType<typeof transform>;
  try {
    result = transform({ filename, code: Buffer.from(text), minify: true, targets: TARGETS });
  } catch (error) {
    throw new Error(`${filename}: a css\`\` template lightningcss cannot read`, { cause: error });
  }
  const { code, warnings } = result;
  if (warnings.length) throw new Error(`${filename}: ${warnings.map((warning) => warning.message).join('; ')}`);
  return code.toString();
}

export function minifyCssTemplates(source: string, filename = 'styles.ts'): string {
  return source.replace(CSS_TEMPLATE, (whole, body: string) => {
    // An interpolated value is CSS text lightningcss cannot see whole; such a template is left as it is.
    if (body.includes('${') || body.includes('\\')) return whole;
    const lineBreaks = '\n'.repeat(body.split('\n').length - 1);
    return `css\`${minifyCss(body, filename)}\`${lineBreaks}`;
  });
}
