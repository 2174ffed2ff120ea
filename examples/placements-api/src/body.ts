// Reading a request body, or saying exactly why not. The body is read as bytes with a limit, decoded as
// strict UTF-8 (RFC 8259 s8.1: JSON exchanged between systems is UTF-8; a byte sequence that is not
// UTF-8 is refused, never replaced by U+FFFD), parsed, and every string in it (keys too) must be
// well-formed Unicode: JSON's `\ud800` escape can smuggle a lone surrogate, which SQLite would store as
// U+FFFD, merging different identifiers into one.
//
// An oversize body is still read to its end (up to DRAIN_LIMIT) and thrown away, so the 413 answer can
// keep the connection: a client that pipelines or pools connections loses nothing. Past DRAIN_LIMIT the
// answer says `Connection: close`, so no client reuses a connection the server is about to close.
import { parse as parseContentType } from "content-type";
import { type Problem, problem } from "./problem.ts";

/** The largest body the API accepts (a child or an episode is well under 1 KiB). */
export const BODY_LIMIT = 256 * 1024;
/** How much of an oversize body is read and discarded to keep the connection usable. */
export const DRAIN_LIMIT = 16 * 1024 * 1024;

export type BodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: Problem; readonly close?: boolean };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function refuse(status: number, slug: string, title: string, detail: string, close = false): BodyResult {
  return { ok: false, problem: problem(status, slug, title, detail), close };
}

function mediaTypeProblem(header: string | null): BodyResult | undefined {
  const { type, parameters } = parseContentType(header ?? "");
  const charset = parameters["charset"]?.toLowerCase();
  if (type === "application/json" && (charset === undefined || charset === "utf-8")) return undefined;
  return refuse(415, "unsupported-media-type", "Send JSON", "Set Content-Type: application/json (UTF-8).");
}

/** Reads a stream to its end, keeping at most `keep` bytes; counts all of them, stops counting at `stop`. */
async function readCapped(
  body: ReadableStream<Uint8Array>,
  keep: number,
  stop: number,
): Promise<{ chunks: Uint8Array[]; size: number; complete: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, size, complete: true };
    size += value.byteLength;
    if (size <= keep) chunks.push(value);
    if (size > stop) {
      // Not cancelled: cancelling would destroy the socket before the 413 is written. The answer says
      // `Connection: close` and the server closes the connection once it is sent.
      reader.releaseLock();
      return { chunks, size, complete: false };
    }
  }
}

function tooLarge(close: boolean): BodyResult {
  return refuse(
    413,
    "too-large",
    "Request body too large",
    `Send at most ${BODY_LIMIT / 1024} KiB; nothing was stored.`,
    close,
  );
}

/** Throws away what is left of a body the handler did not read, so the connection stays usable. */
export async function drainBody(req: Request): Promise<{ close: boolean }> {
  if (!req.body || req.bodyUsed) return { close: false };
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > DRAIN_LIMIT) return { close: true };
  try {
    const read = await readCapped(req.body, 0, DRAIN_LIMIT);
    return { close: !read.complete };
  } catch {
    return { close: true };
  }
}

/** The lone-surrogate check, iterative so that deep nesting cannot overflow the stack. */
export function allStringsWellFormed(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (!v.isWellFormed()) return false;
    } else if (Array.isArray(v)) {
      stack.push(...v);
    } else if (v !== null && typeof v === "object") {
      for (const [k, inner] of Object.entries(v)) {
        if (!k.isWellFormed()) return false;
        stack.push(inner);
      }
    }
  }
  return true;
}

function parseJson(bytes: Uint8Array): BodyResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return refuse(400, "not-utf-8", "The body is not UTF-8", "Send the JSON encoded as UTF-8.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(400, "malformed-json", "Malformed JSON", "The body is not valid JSON.");
  }
  if (!allStringsWellFormed(value)) {
    return refuse(
      400,
      "lone-surrogate",
      "The body holds a string that is not Unicode text",
      "A string holds an unpaired surrogate (\\ud800-\\udfff) escape; send well-formed text.",
    );
  }
  return { ok: true, value };
}

/** Reads a JSON request body: media type, size, UTF-8, JSON syntax and well-formed strings, in that order. */
export async function readJsonBody(req: Request): Promise<BodyResult> {
  const media = mediaTypeProblem(req.headers.get("content-type"));
  if (media) return media;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > DRAIN_LIMIT) return tooLarge(true);
  if (!req.body) return parseJson(new Uint8Array());
  let read: Awaited<ReturnType<typeof readCapped>>;
  try {
    read = await readCapped(req.body, BODY_LIMIT, DRAIN_LIMIT);
  } catch {
    return refuse(400, "incomplete-body", "The body was cut short", "Send the whole body.", true);
  }
  if (read.size > BODY_LIMIT) return tooLarge(!read.complete);
  return parseJson(Buffer.concat(read.chunks, read.size));
}
