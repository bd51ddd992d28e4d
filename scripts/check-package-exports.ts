// Fails the build when a package.json `exports` target (with each element substituted into the `*` patterns) or a
// `files` entry points at nothing the build wrote, so a published package never lacks an entry point.
import { existsSync, readFileSync } from 'node:fs';
import { ELEMENTS } from './elements.js';

type Target = string | { [condition: string]: Target };

function targetsOf(target: Target): string[] {
  return typeof target === 'string' ? [target] : Object.values(target).flatMap(targetsOf);
}

export function missingPackageFiles(packageJsonPath = 'package.json'): string[] {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
    exports: Record<string, Target>;
    files: string[];
    types: string;
    module: string;
  };
  const paths = [pkg.types, pkg.module, ...pkg.files];
  for (const [key, target] of Object.entries(pkg.exports)) {
    for (const path of targetsOf(target)) {
      if (!key.includes('*')) paths.push(path);
      else if (key === './cdn/*') paths.push(path.replace('*', 'innsyn-elements.js'), ...ELEMENTS.map((e) => path.replace('*', `${e}.js`)));
      else paths.push(...ELEMENTS.map((element) => path.replaceAll('*', element)));
    }
  }
  return [...new Set(paths)].filter((path) => !existsSync(path));
}
