// The URL a child process prints once it listens (its stdout matched against `ready`), or an error if it exits first.
export function readyUrl(child, ready, name) {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${code ?? signal}) before it listened`)));
  });
}
