/**
 * Parses `markup` as the page's own HTML would be (no Lit), appends its first element to `parent`, and notes it in
 * `added` so the test's clean-up can remove it.
 */
export function appendMarkup(added: Element[], markup: string, parent: ParentNode = document.body): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.firstElementChild as HTMLElement;
  parent.append(element);
  added.push(element);
  return element;
}
