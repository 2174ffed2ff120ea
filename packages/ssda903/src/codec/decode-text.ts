import type { ValidationIssue } from "@childrens-social-care/core";
import { READ_RULES, readIssue } from "./read-issue";

/** How to turn a file's bytes into text. */
export type TextEncodingOption = "utf-8" | "windows-1252" | "auto";

/** The text of a file and any warning about how it was decoded. */
export interface DecodedText {
  readonly text: string;
  readonly issues: readonly ValidationIssue[];
}

const BOM = "\uFEFF";

/**
 * Decodes a file's bytes. A UTF-8 byte order mark is dropped; a UTF-16 one (as Excel's "Unicode
 * text" export writes) switches to UTF-16. In `"auto"` mode the bytes are first read as strict UTF-8
 * and, when that fails, as Windows-1252 (the code page of the Windows case-management exports councils
 * send; the DfE's own guidance asks for plain text), with a warning so the council can re-save the file
 * as UTF-8. A string is taken as already decoded (only a leading BOM is dropped). Never throws.
 */
export function decodeText(
  file: string,
  data: Uint8Array | string,
  encoding: TextEncodingOption,
): DecodedText {
  if (typeof data === "string") return { text: data.startsWith(BOM) ? data.slice(1) : data, issues: [] };
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe)
    return { text: decode("utf-16le", data), issues: [] };
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff)
    return { text: decode("utf-16be", data), issues: [] };
  if (encoding === "windows-1252") return { text: decode("windows-1252", data), issues: [] };
  if (encoding === "utf-8") {
    try {
      return { text: decode("utf-8", data, true), issues: [] };
    } catch {
      const text = decode("utf-8", data);
      return {
        text,
        issues: [
          readIssue(
            READ_RULES.encoding,
            "error",
            "The file is not valid UTF-8 from here on: characters that could not be decoded were replaced. Save it as UTF-8, or read it with encoding 'windows-1252' or 'auto'.",
            { file, ...firstUndecodable(text) },
          ),
        ],
      };
    }
  }
  try {
    return { text: decode("utf-8", data, true), issues: [] };
  } catch {
    // A UTF-8 byte order mark on a file that is not UTF-8 after all (a mixed-up export): drop it
    // rather than read it as three Windows-1252 letters in the header.
    const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
    return {
      text: decode("windows-1252", body),
      issues: [
        readIssue(
          READ_RULES.encoding,
          "warning",
          "The file is not valid UTF-8 (the first such character is here), so it was read as Windows-1252. Check accented letters, and save it as UTF-8 if you can.",
          { file, ...firstUndecodable(decode("utf-8", body)) },
        ),
      ],
    };
  }
}

/** Line and column (1-based) of the first character UTF-8 decoding replaced, in the decoded text. */
function firstUndecodable(text: string): { line?: number; column?: number } {
  const at = text.indexOf("\uFFFD");
  if (at < 0) return {};
  const before = text.lastIndexOf("\n", at - 1);
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return { line, column: at - before };
}

function decode(label: string, data: Uint8Array, fatal = false): string {
  // TextDecoder drops a byte order mark of its own encoding (ignoreBOM: false is the default).
  return new TextDecoder(label, { fatal }).decode(data);
}
