// Finds every example in the spec together with the schema in schemas.ts it must satisfy.
import { componentName, resolve, type SpecNode } from './contract-spec.js';

export interface ExampleCase {
  /** Where the example is, e.g. "GET /meetings 200 application/json eksempelKommune". */
  where: string;
  value: unknown;
  /** Name of the component schema the example belongs to. */
  component: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

/** Examples given on media types of requests and responses, with the component their schema refers to. */
export function mediaTypeExamples(spec: SpecNode): { cases: ExampleCase[]; usedExampleRefs: Set<string>; untyped: string[] } {
  const cases: ExampleCase[] = [];
  const usedExampleRefs = new Set<string>();
  const untyped: string[] = [];

  const visitContent = (content: unknown, where: string) => {
    for (const [mediaType, media] of Object.entries((content ?? {}) as Record<string, SpecNode>)) {
      if (!mediaType.includes('json')) continue;
      const component = componentName(media.schema);
      const examples = Object.entries((media.examples ?? {}) as Record<string, SpecNode>);
      if (media.example !== undefined) examples.push(['example', { value: media.example }]);
      for (const [name, example] of examples) {
        if (typeof example.$ref === 'string') usedExampleRefs.add(example.$ref);
        const value = resolve(spec, example).value;
        if (component) cases.push({ where: `${where} ${mediaType} ${name}`, value, component });
        else untyped.push(`${where} ${mediaType} ${name}`);
      }
    }
  };

  for (const [path, item] of Object.entries(spec.paths as Record<string, SpecNode>)) {
    for (const method of METHODS) {
      const operation = item[method] as SpecNode | undefined;
      if (!operation) continue;
      const label = `${method.toUpperCase()} ${path}`;
      if (operation.requestBody) visitContent(resolve(spec, operation.requestBody).content, `${label} request`);
      for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
        visitContent(resolve(spec, response).content, `${label} ${status}`);
      }
    }
  }
  return { cases, usedExampleRefs, untyped };
}

/** Examples written on component schemas, and on their inline properties, with the path to the value's schema. */
export function schemaExamples(spec: SpecNode, name: string): { where: string; value: unknown; propertyPath: string[] }[] {
  const found: { where: string; value: unknown; propertyPath: string[] }[] = [];
  const visit = (node: SpecNode, propertyPath: string[]) => {
    const examples = [...((node.examples ?? []) as unknown[]), ...(node.example === undefined ? [] : [node.example])];
    examples.forEach((value, index) => found.push({ where: `${[name, ...propertyPath].join('.')} example ${index + 1}`, value, propertyPath }));
    for (const [property, child] of Object.entries((node.properties ?? {}) as Record<string, SpecNode>)) {
      if (child.$ref === undefined) visit(child, [...propertyPath, property]);
    }
  };
  visit(resolve(spec, { $ref: `#/components/schemas/${name}` }), []);
  return found;
}
