/**
 * A small schema language in the style of zod: a schema is the single source of truth for a value's
 * shape, its TypeScript type is derived from it, and parsing reports every problem with a stable
 * code, the exact path and what is wrong as data (policy/evidence.ts), which a catalogue puts in
 * words (policy/messages/). We do not use zod itself because zod 4 probes and uses the
 * Function constructor at run time, which our no-eval, strict-CSP bundles must not contain.
 */

import type { EntryProblem, ExpectedType, ShapeProblem, ValueType } from "./policy/evidence";

export type PathSegment = string | number;

export interface Issue {
  code:
    | "invalid-type"
    | "unknown-key"
    | "too-long"
    | "too-short"
    | "too-big"
    | "too-small"
    | "invalid-value"
    | "duplicate"
    | "too-deep";
  path: PathSegment[];
  /** What is wrong: the shape, or what a value's own check found (`check` of `string`). */
  evidence: ShapeProblem | EntryProblem;
}

export type ParseResult<T> =
  { success: true; data: T; warnings: Issue[] } | { success: false; error: { issues: Issue[] } };

interface Context {
  issues: Issue[];
  warnings: Issue[];
}

const INVALID: unique symbol = Symbol("invalid");
type Invalid = typeof INVALID;

export interface Schema<T> {
  readonly kind: string;
  readonly isOptional: boolean;
  /**
   * Returns the parsed value or INVALID after recording issues. `path` is where the value sits; a
   * schema may extend it while it reads the value's parts, and leaves it as it found it.
   */
  run(value: unknown, path: PathSegment[], ctx: Context): T | Invalid;
  jsonSchema(): Record<string, unknown>;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const MAX_ISSUES = 100;

function report(
  ctx: Context,
  code: Issue["code"],
  path: PathSegment[],
  evidence: Issue["evidence"],
): Invalid {
  if (ctx.issues.length < MAX_ISSUES) ctx.issues.push({ code, path: [...path], evidence });
  return INVALID;
}

function typeOf(value: unknown): ValueType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "object";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "number";
  return typeof value === "boolean" ? "boolean" : "other";
}

function wrongType(ctx: Context, path: PathSegment[], expected: ExpectedType, value: unknown): Invalid {
  return report(ctx, "invalid-type", path, { says: "wrong-type", expected, got: typeOf(value) });
}

function make<T>(kind: string, run: Schema<T>["run"], jsonSchema: () => Record<string, unknown>): Schema<T> {
  return { kind, isOptional: false, run, jsonSchema };
}

export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return {
    ...schema,
    isOptional: true,
    run: (value, path, ctx) => (value === undefined ? undefined : schema.run(value, path, ctx)),
  };
}

export function boolean(): Schema<boolean> {
  return make(
    "boolean",
    (value, path, ctx) => (typeof value === "boolean" ? value : wrongType(ctx, path, "boolean", value)),
    () => ({ type: "boolean" }),
  );
}

export function integer(min: number, max: number): Schema<number> {
  return make(
    "integer",
    (value, path, ctx) => {
      if (typeof value !== "number" || !Number.isInteger(value)) {
        return wrongType(ctx, path, "whole-number", value);
      }
      if (value < min) return report(ctx, "too-small", path, { says: "too-small", min });
      if (value > max) return report(ctx, "too-big", path, { says: "too-big", max });
      return value;
    },
    () => ({ type: "integer", minimum: min, maximum: max }),
  );
}

export function literalUnion<const V extends string>(values: readonly V[]): Schema<V> {
  return make(
    "enum",
    (value, path, ctx) =>
      typeof value === "string" && (values as readonly string[]).includes(value)
        ? (value as V)
        : report(ctx, "invalid-value", path, { says: "not-one-of", allowed: [...values] }),
    () => ({ type: "string", enum: [...values] }),
  );
}

/**
 * Text, optionally normalised and checked. `check` returns what is wrong with it, or null;
 * `normalise` runs first, so checks and callers see the canonical form.
 */
export function string(options: {
  maxLength: number;
  normalise?: (s: string) => string;
  check?: (s: string) => EntryProblem | null;
}): Schema<string> {
  return make(
    "string",
    (value, path, ctx) => {
      if (typeof value !== "string") return wrongType(ctx, path, "text", value);
      if (value.length > options.maxLength) {
        return report(ctx, "too-long", path, {
          says: "text-too-long",
          length: value.length,
          max: options.maxLength,
        });
      }
      const normalised = options.normalise ? options.normalise(value) : value;
      const problem = options.check ? options.check(normalised) : null;
      return problem ? report(ctx, "invalid-value", path, problem) : normalised;
    },
    () => ({ type: "string", maxLength: options.maxLength }),
  );
}

/** A list; duplicates (after normalisation) are dropped with a warning, not an error. */
export function array<T>(item: Schema<T>, options: { maxItems: number; dedupe?: boolean }): Schema<T[]> {
  return make(
    "array",
    (value, path, ctx) => {
      if (!Array.isArray(value)) return wrongType(ctx, path, "list", value);
      if (value.length > options.maxItems) {
        return report(ctx, "too-long", path, {
          says: "too-many",
          count: value.length,
          max: options.maxItems,
        });
      }
      const out: T[] = [];
      const seen = new Set<unknown>();
      let failed = false;
      // One path for every entry, its last segment the entry's index: a problem report copies it.
      path.push(0);
      for (let index = 0; index < value.length; index++) {
        path[path.length - 1] = index;
        const parsed = item.run(value[index], path, ctx);
        if (parsed === INVALID) {
          failed = true;
          continue;
        }
        if (options.dedupe && seen.has(parsed)) {
          ctx.warnings.push({
            code: "duplicate",
            path: [...path],
            evidence: { says: "repeats", value: String(parsed) },
          });
          continue;
        }
        seen.add(parsed);
        out.push(parsed);
      }
      path.pop();
      return failed ? INVALID : out;
    },
    () => ({ type: "array", maxItems: options.maxItems, items: item.jsonSchema() }),
  );
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
export type InferShape<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};

/** An object with exactly these keys: unknown keys are errors, so a misspelt setting is never ignored. */
export function object<S extends Shape>(shape: S): Schema<InferShape<S>> {
  const known = Object.keys(shape);
  return make(
    "object",
    (value, path, ctx) => {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return wrongType(ctx, path, "object", value);
      }
      // A plain accumulator with no prototype: keys such as "__proto__" can never reach Object.prototype.
      const out: Record<string, unknown> = Object.create(null);
      let failed = false;
      for (const key of Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(shape, key)) {
          failed = true;
          report(ctx, "unknown-key", [...path, key], { says: "unknown-setting", known });
        }
      }
      for (const key of known) {
        const schema = shape[key]!;
        const raw = Object.prototype.hasOwnProperty.call(value, key)
          ? (value as Record<string, unknown>)[key]
          : undefined;
        if (raw === undefined && !schema.isOptional) {
          failed = true;
          report(ctx, "invalid-type", [...path, key], { says: "required" });
          continue;
        }
        path.push(key);
        const parsed = schema.run(raw, path, ctx);
        path.pop();
        if (parsed === INVALID) failed = true;
        else if (parsed !== undefined) out[key] = parsed;
      }
      return failed ? INVALID : ({ ...out } as InferShape<S>);
    },
    () => {
      const properties: Record<string, unknown> = {};
      for (const key of known) properties[key] = shape[key]!.jsonSchema();
      return {
        type: "object",
        additionalProperties: false,
        properties,
        required: known.filter((k) => !shape[k]!.isOptional),
      };
    },
  );
}

/** A map from a fixed set of keys to one kind of value; every key optional. */
export function partialRecord<K extends string, T>(
  keys: readonly K[],
  value: Schema<T>,
): Schema<Partial<Record<K, T>>> {
  const shape: Record<string, Schema<unknown>> = {};
  for (const key of keys) shape[key] = optional(value);
  return object(shape) as unknown as Schema<Partial<Record<K, T>>>;
}

export function safeParse<T>(schema: Schema<T>, value: unknown): ParseResult<T> {
  const ctx: Context = { issues: [], warnings: [] };
  const data = schema.run(value, [], ctx);
  if (data === INVALID || ctx.issues.length > 0) return { success: false, error: { issues: ctx.issues } };
  return { success: true, data, warnings: ctx.warnings };
}
