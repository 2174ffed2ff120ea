import { createReadStream } from "node:fs";
import { type Readable, Transform, type TransformCallback } from "node:stream";

/** Text encodings an input file may be read in. */
export type InputEncoding = "utf-8" | "windows-1252";

/** Thrown inside a read when the bytes are not valid in the expected encoding. */
export class EncodingError extends Error {
  constructor(readonly byteOffset: number) {
    super(
      `The file is not valid UTF-8 (near byte ${byteOffset}). Save it as UTF-8, or pass --encoding windows-1252.`,
    );
    this.name = "EncodingError";
  }
}

/**
 * A stream that decodes bytes to text. UTF-8 is decoded strictly, so a file saved in another encoding
 * (Excel's Windows-1252, say) is reported instead of silently turned into replacement characters; a
 * byte order mark is dropped. Windows-1252 decodes every byte.
 */
export function decoder(encoding: InputEncoding, onBytes?: (n: number) => void): Transform {
  const text = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  let offset = 0;
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      try {
        const out = text.decode(chunk, { stream: true });
        offset += chunk.length;
        onBytes?.(chunk.length);
        done(null, out);
      } catch {
        done(new EncodingError(offset));
      }
    },
    flush(done: TransformCallback) {
      try {
        done(null, text.decode());
      } catch {
        done(new EncodingError(offset));
      }
    },
  });
}

/**
 * Opens a file as decoded text. Errors of the file itself (missing, unreadable) are passed on to the
 * text stream, which `pipe` alone would not do, so a reader sees them instead of waiting for ever.
 */
export function openText(file: string, encoding: InputEncoding, onBytes?: (n: number) => void): Readable {
  const raw = createReadStream(file);
  const text = decoder(encoding, onBytes);
  raw.on("error", (error) => text.destroy(error));
  return raw.pipe(text);
}
