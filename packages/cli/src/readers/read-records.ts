import type * as z from "zod";
import type { CellConverter } from "./csv";
import { readCsv } from "./csv";
import type { InputEncoding } from "./decode";
import { readJson } from "./json";
import { readNdjson } from "./ndjson";
import type { InputFormat, ReadItem } from "./read-item";

/** Reads records of any supported format as a stream. */
export function readRecords(
  file: string,
  format: InputFormat,
  options: { encoding: InputEncoding; onBytes?: (n: number) => void; convert?: CellConverter },
): AsyncGenerator<ReadItem> {
  if (format === "csv") return readCsv(file, options);
  if (format === "json") return readJson(file, options);
  return readNdjson(file, options);
}

/**
 * CSV cells are text; a schema may want a number or a boolean. Converts a cell when the schema's field
 * of that name (after optional/nullable/default) is a number or a boolean and the text reads as one;
 * anything else stays text, so the schema reports it.
 */
export function cellConverterFor(schema: z.core.$ZodType): CellConverter {
  const shape = objectShape(schema);
  return (column, text) => {
    const field = shape?.[column.split(".")[0] as string];
    const kind = field ? baseType(field) : undefined;
    if (kind === "number" && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (kind === "boolean" && (text === "true" || text === "false")) return text === "true";
    return text;
  };
}

function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  if (def.type === "object") return def.shape;
  if (def.type === "pipe") return objectShape(def.in);
  return undefined;
}

function baseType(schema: z.core.$ZodType): string {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return baseType(def.innerType);
    case "pipe":
      return baseType(def.in);
    default:
      return def.type;
  }
}
