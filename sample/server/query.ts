// Reads and validates query parameters, collecting every field error so one 400 answer lists them all.
import { invalid, type FieldError } from './problem.js';
import { parseDateBound, type DateBound } from './dates.js';

export class QueryReader {
  readonly errors: FieldError[] = [];

  constructor(readonly params: URLSearchParams) {}

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  /** Throws one problem with all collected field errors, if any. */
  check(): void {
    if (this.errors.length > 0) throw invalid(this.errors);
  }

  single(name: string): string | undefined {
    const values = this.params.getAll(name);
    if (values.length > 1) this.fail(name, 'must be given at most once');
    const value = values[0]?.trim();
    return value === '' ? undefined : value;
  }

  /** Repeatable and comma-separated values, e.g. `?status=held&status=planned` or `?status=held,planned`. */
  list(name: string): string[] {
    return this.params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '');
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T[] {
    const values = this.list(name);
    for (const value of values) {
      if (!allowed.includes(value as T)) this.fail(name, `unknown value "${value}"; allowed: ${allowed.join(', ')}`);
    }
    return [...new Set(values)] as T[];
  }

  boolean(name: string): boolean | undefined {
    const value = this.single(name);
    if (value === undefined) return undefined;
    if (value === 'true') return true;
    if (value === 'false') return false;
    this.fail(name, 'must be true or false');
    return undefined;
  }

  integer(name: string, min: number, max: number, fallback: number): number {
    const value = this.single(name);
    if (value === undefined) return fallback;
    const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isNaN(number) || number < min || number > max) {
      this.fail(name, `must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return number;
  }

  pattern(name: string, regex: RegExp, description: string): string | undefined {
    const value = this.single(name);
    if (value !== undefined && !regex.test(value)) {
      this.fail(name, `must be ${description}`);
      return undefined;
    }
    return value;
  }

  /** `from` and `to` as dates (whole Oslo days) or, unless `datesOnly`, RFC 3339 date-times; `from` must not be after `to`. */
  range(datesOnly = false): { from?: DateBound; to?: DateBound } {
    const from = this.dateBound('from', datesOnly);
    const to = this.dateBound('to', datesOnly);
    if (from && to && from.startMs > to.endMs) this.fail('from', 'must not be after to');
    return { from, to };
  }

  private dateBound(name: string, datesOnly: boolean): DateBound | undefined {
    const value = this.single(name);
    if (value === undefined) return undefined;
    const bound = datesOnly && value.length !== 10 ? undefined : parseDateBound(value);
    if (!bound) {
      const dateTime = datesOnly ? '' : ' or a date-time with offset (YYYY-MM-DDThh:mm:ssZ)';
      this.fail(name, `must be a date (YYYY-MM-DD)${dateTime}`);
    }
    return bound;
  }
}
