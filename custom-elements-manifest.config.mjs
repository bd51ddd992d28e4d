// The manifest analyzer knows customElements.define() but not our guarded helper: this teaches it that
// `defineElement('innsyn-x', Class)` in src/<element>/define.ts names Class's tag, so every element gets a tagName
// (used by editors, Storybook and scripts/vscode-data.ts) without per-element configuration.
import path from 'node:path';

function defineElementPlugin() {
  const definitions = [];
  return {
    name: 'innsyn-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const specifier = importSpecifierOf(ts, node.getSourceFile(), klass.text);
      const module = specifier
        ? path.posix.join(path.posix.dirname(moduleDoc.path), specifier).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      const definition = { tagName: tag.text, className: klass.text, module };
      definitions.push(definition);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // The core plugin reads defineElement's own customElements.define(tag, element) as a definition; drop it.
        mod.exports = mod.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || definitions.some((d) => d.tagName === entry.name),
        );
        for (const declaration of mod.declarations ?? []) {
          dropStateAttributes(declaration);
          const definition = definitions.find((d) => d.className === declaration.name && d.module === mod.path);
          if (definition && declaration.kind === 'class') {
            declaration.tagName = definition.tagName;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

/**
 * The elements list their reactive properties in `static properties`; the analyzer reads every entry there as an
 * attribute, including internal state (`state: true`), which is always a private field. Private fields have none.
 */
function dropStateAttributes(declaration) {
  const internal = new Set(
    (declaration.members ?? []).filter((member) => member.kind === 'field' && member.privacy === 'private').map((member) => member.name),
  );
  for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
  if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
}

function importSpecifierOf(ts, sourceFile, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name)) {
      return statement.moduleSpecifier.text;
    }
  }
  return undefined;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite that file during a build.
  packagejson: false,
  plugins: [defineElementPlugin()],
};
