import * as z from "zod";
import { type PersonalDataLevel, personalDataLevelOf } from "./personal-data";

/** A value found in a marked field, with where it was. */
export interface MarkedValue {
  readonly path: readonly (string | number)[];
  readonly level: PersonalDataLevel;
  readonly value: unknown;
}

/**
 * Rebuilds `value` following `schema`, calling `replace` on every value of a field marked personal or
 * special-category. Unmarked values are copied through unchanged; the input is never modified.
 * `replace` returning `undefined` drops the field from its object.
 */
export function mapMarked(
  schema: z.core.$ZodType,
  value: unknown,
  replace: (found: MarkedValue) => unknown,
  path: (string | number)[] = [],
): unknown {
  const level = personalDataLevelOf(schema);
  if (level !== undefined && value !== undefined) return replace({ path: [...path], level, value });
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      return mapMarked(def.innerType, value, replace, path);
    case "pipe":
      return mapMarked(def.in, value, replace, path);
    case "lazy":
      return mapMarked(def.getter(), value, replace, path);
    case "object": {
      if (!isPlainObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const field = def.shape[key];
        const mapped = field ? mapMarked(field, v, replace, [...path, key]) : v;
        if (mapped !== undefined || v === undefined) out[key] = mapped;
      }
      return out;
    }
    case "array":
      return Array.isArray(value)
        ? value.map((v, i) => mapMarked(def.element, v, replace, [...path, i]))
        : value;
    case "record": {
      if (!isPlainObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const mapped = mapMarked(def.valueType, v, replace, [...path, key]);
        if (mapped !== undefined) out[key] = mapped;
      }
      return out;
    }
    case "union": {
      // Follow the first option the value fits; a value that fits none is walked by every object option,
      // so a marked field is never missed because the rest of the record is invalid.
      const fit = def.options.find((o) => z.safeParse(o, value).success);
      if (fit) return mapMarked(fit, value, replace, path);
      let out = value;
      for (const option of def.options) out = mapMarked(option, out, replace, path);
      return out;
    }
    case "intersection":
      return mapMarked(def.right, mapMarked(def.left, value, replace, path), replace, path);
    default:
      return value;
  }
}

/** Every value in `value` that sits in a field `schema` marks as personal or special-category. */
export function collectMarked(schema: z.core.$ZodType, value: unknown): MarkedValue[] {
  const found: MarkedValue[] = [];
  mapMarked(schema, value, (m) => {
    found.push(m);
    return m.value;
  });
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
