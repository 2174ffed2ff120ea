import streamArray from "stream-json/streamers/stream-array.js";
import { type InputEncoding, openText } from "./decode";
import { readFailure } from "./ndjson";
import type { ReadItem } from "./read-item";

/**
 * Reads a JSON file holding an array of records, streaming its elements one by one (memory stays
 * flat), or a single record (an object). A syntax error is reported and ends the file; the records
 * before it are kept.
 */
export async function* readJson(
  file: string,
  options: { encoding: InputEncoding; onBytes?: (n: number) => void },
): AsyncGenerator<ReadItem> {
  const text = openText(file, options.encoding, options.onBytes);
  // Decide between an array and a single object from the first non-blank character.
  const iterator = text[Symbol.asyncIterator]();
  const chunks: string[] = [];
  let first: string | undefined;
  try {
    while (first === undefined) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = String(next.value);
      chunks.push(chunk);
      const m = /\S/.exec(chunk);
      if (m) first = m[0];
    }
  } catch (error) {
    yield readFailure(error, 1);
    return;
  }
  if (first !== "[") {
    yield* readSingle(chunks, iterator);
    return;
  }
  const pipeline = streamArray.withParserAsStream();
  const feed = async () => {
    try {
      for (const c of chunks) if (!pipeline.write(c)) await new Promise((r) => pipeline.once("drain", r));
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        if (!pipeline.write(String(next.value))) await new Promise((r) => pipeline.once("drain", r));
      }
      pipeline.end();
    } catch (error) {
      pipeline.destroy(error as Error);
    }
  };
  void feed();
  let index = 0;
  try {
    for await (const item of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      yield { kind: "record", value: item.value, index };
      index += 1;
    }
  } catch (error) {
    if (error instanceof Error && error.name === "EncodingError") yield readFailure(error, 0);
    else
      yield {
        kind: "problem",
        rule: "input/json-syntax",
        message: `The JSON is not valid; the ${index} records before the error were read.`,
        fatal: true,
      };
  }
}

async function* readSingle(chunks: string[], iterator: AsyncIterator<unknown>): AsyncGenerator<ReadItem> {
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      chunks.push(String(next.value));
    }
  } catch (error) {
    yield readFailure(error, 1);
    return;
  }
  const whole = chunks.join("");
  try {
    yield { kind: "record", value: JSON.parse(whole), index: 0, line: 1 };
  } catch (error) {
    // Work out the line and column from the character position V8 reports.
    const pos = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    const at = pos ? Number(pos[1]) : undefined;
    const place: { line?: number; column?: number } = {};
    if (at !== undefined) {
      const before = whole.slice(0, at);
      place.line = before.split("\n").length;
      place.column = at - before.lastIndexOf("\n");
    }
    yield {
      kind: "problem",
      rule: "input/json-syntax",
      message: "The file is not valid JSON.",
      ...place,
      fatal: true,
    };
  }
}
