// Writes vscode.html-custom-data.json from custom-elements.json, so HTML editors (VS Code and others that read the
// format) complete our tags and attributes, with descriptions and allowed values. Run after `cem analyze`.
import { readFileSync, writeFileSync } from 'node:fs';

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

interface Markdown {
  kind: 'markdown';
  value: string;
}
export interface HtmlCustomData {
  version: 1.1;
  tags: {
    name: string;
    description: Markdown;
    attributes: { name: string; description?: Markdown; values?: { name: string }[]; valueSet?: 'v' }[];
  }[];
}

const STRING_UNION = /^\s*'[^']*'(\s*\|\s*'[^']*')*\s*$/;
// "`month` (grid, default) or `list`", "`query` or `hash` keeps …": a description that opens with the allowed values.
const LEADING_VALUES = /^(`[^`]+`(\s*\([^)]*\))?(\s*,\s*|\s+or\s+))+`[^`]+`/;

/** Allowed values from the attribute's type (a union of string literals, directly or through an alias in its module). */
function valuesOf(attribute: ManifestAttribute, moduleSource: string): string[] {
  let type = attribute.type?.text ?? '';
  const alias = new RegExp(`\\btype ${type.replace(/\W/g, '')} = ([^;]+);`).exec(moduleSource);
  if (/^\w+$/.test(type) && alias?.[1]) type = alias[1];
  if (STRING_UNION.test(type)) return [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  const leading = LEADING_VALUES.exec(attribute.description ?? '');
  return leading ? [...leading[0].matchAll(/`([^`]+)`/g)].map((match) => match[1]!) : [];
}

function describeTag(declaration: ManifestDeclaration): string {
  const list = (title: string, items: { name: string; description?: string }[] = []) =>
    items.length ? `\n\n**${title}:**\n${items.map((item) => `- \`${item.name}\`: ${item.description ?? ''}`).join('\n')}` : '';
  return [
    declaration.summary ? `**${declaration.summary}**\n\n` : '',
    declaration.description ?? '',
    list('Events', declaration.events),
    list('CSS parts', declaration.cssParts),
    list('CSS custom properties', declaration.cssProperties),
  ].join('');
}

export function htmlCustomData(manifest: Manifest, readSource: (path: string) => string): HtmlCustomData {
  const tags: HtmlCustomData['tags'] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const source = readSource(module.path);
      tags.push({
        name: declaration.tagName,
        description: { kind: 'markdown', value: describeTag(declaration) },
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const values = valuesOf(attribute, source);
          return {
            name: attribute.name,
            ...(attribute.description ? { description: { kind: 'markdown' as const, value: attribute.description } } : {}),
            ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' as const } : {}),
          };
        }),
      });
    }
  }
  return { version: 1.1, tags: tags.sort((a, b) => a.name.localeCompare(b.name)) };
}

export function writeHtmlCustomData(manifestPath = 'custom-elements.json', outPath = 'vscode.html-custom-data.json'): HtmlCustomData {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const data = htmlCustomData(manifest, (path) => readFileSync(path, 'utf8'));
  writeFileSync(outPath, `${JSON.stringify(data, null, 2)}\n`);
  return data;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = writeHtmlCustomData();
  console.log(`wrote vscode.html-custom-data.json (${data.tags.map((tag) => tag.name).join(', ')})`);
}
