// Real plural rules for our four languages: Intl.PluralRules where the browser has the language, else CLDR's own
// rules for it (Northern Sami has a dual: 1 one, 2 two, else other).
import type { Locale } from './locale.js';

export interface PluralForms {
  one: string;
  /** Northern Sami's dual; falls back to `other`. */
  two?: string;
  other: string;
}

const rules = new Map<Locale, Intl.PluralRules | null>();

function category(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (rule === undefined) {
    rule = Intl.PluralRules.supportedLocalesOf([locale]).length ? new Intl.PluralRules(locale) : null;
    rules.set(locale, rule);
  }
  if (rule) return rule.select(count);
  if (count === 1) return 'one';
  return locale === 'se' && count === 2 ? 'two' : 'other';
}

/** The form of `forms` that goes with `count` in `locale`; `{n}` in it becomes the count. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const chosen = category(locale, count);
  const form = chosen === 'one' ? forms.one : chosen === 'two' ? (forms.two ?? forms.other) : forms.other;
  return form.replaceAll('{n}', String(count));
}
