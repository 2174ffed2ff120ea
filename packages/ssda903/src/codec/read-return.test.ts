import { describe, expect, it } from "vitest";
import { READ_RULES } from "./read-issue";
import { readReturn } from "./read-return";

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const bytes = (s: string) => new TextEncoder().encode(s);

describe("readReturn: CSV", () => {
  it("recognises a table by its column set, whatever the order, case and spacing of the header", () => {
    const { return: ret, issues } = readReturn([
      { name: "a.csv", data: " dob ,Child,SEX,ethnic,UPN,MOTHER,MC_DOB\n01/02/2010,C1,1,WBRI,,,\n" },
    ]);
    expect(issues).toEqual([]);
    expect(ret.tables.Header).toEqual([
      { DOB: "01/02/2010", CHILD: "C1", SEX: "1", ETHNIC: "WBRI", UPN: null, MOTHER: null, MC_DOB: null },
    ]);
    expect(ret.origins?.Header).toEqual({ file: "a.csv", lines: [2] });
  });

  it("keeps cells verbatim: spaces, case and leading zeros", () => {
    const { return: ret } = readReturn([{ name: "h.csv", data: `${HEADER}\n 007 ,m,1/2/2010,wbri,,0,\n` }]);
    expect(ret.tables.Header?.[0]).toMatchObject({
      CHILD: " 007 ",
      SEX: "m",
      DOB: "1/2/2010",
      ETHNIC: "wbri",
      MOTHER: "0",
    });
  });

  it("handles a UTF-8 BOM and CRLF line ends", () => {
    const { return: ret, issues } = readReturn([
      { name: "h.csv", data: bytes(`\uFEFF${HEADER}\r\nC1,2,01/02/2010,WBRI,,,\r\n`) },
    ]);
    expect(issues).toEqual([]);
    expect(ret.tables.Header?.[0]?.["CHILD"]).toBe("C1");
    expect(ret.tables.Header?.[0]?.["MC_DOB"]).toBeNull();
  });

  it("reads Windows-1252 in auto mode with a warning, and as asked in windows-1252 mode", () => {
    // "Zoë" in Windows-1252: ë is the single byte 0xEB, which is not valid UTF-8 on its own.
    const data = new Uint8Array([...bytes(`${HEADER}\nZo`), 0xeb, ...bytes(",1,01/02/2010,WBRI,,,\n")]);
    const auto = readReturn([{ name: "h.csv", data }]);
    expect(auto.return.tables.Header?.[0]?.["CHILD"]).toBe("Zoë");
    expect(auto.issues).toEqual([
      expect.objectContaining({ rule: READ_RULES.encoding, severity: "warning" }),
    ]);
    const cp = readReturn([{ name: "h.csv", data }], { encoding: "windows-1252" });
    expect(cp.return.tables.Header?.[0]?.["CHILD"]).toBe("Zoë");
    expect(cp.issues).toEqual([]);
    const strict = readReturn([{ name: "h.csv", data }], { encoding: "utf-8" });
    expect(strict.issues).toEqual([
      expect.objectContaining({ rule: READ_RULES.encoding, severity: "error" }),
    ]);
  });

  it("reads UTF-16 with a byte order mark (Excel's 'Unicode text')", () => {
    const text = `${HEADER}\r\nC1,1,01/02/2010,WBRI,,,\r\n`;
    const data = new Uint8Array(2 + text.length * 2);
    data[0] = 0xff;
    data[1] = 0xfe;
    for (let i = 0; i < text.length; i++) data[2 + i * 2] = text.charCodeAt(i);
    expect(readReturn([{ name: "h.csv", data }]).return.tables.Header?.[0]?.["CHILD"]).toBe("C1");
  });

  it("keeps a quoted cell with a comma or line break, and gives the line the record starts on", () => {
    const { return: ret } = readReturn([
      { name: "h.csv", data: `${HEADER}\nC1,1,01/02/2010,WBRI,"a,b\nc",,\nC2,1,01/02/2010,WBRI,,,\n` },
    ]);
    expect(ret.tables.Header?.[0]?.["UPN"]).toBe("a,b\nc");
    expect(ret.origins?.Header?.lines).toEqual([2, 4]);
  });

  it("reports an unknown column set naming the file, and still reads the other files", () => {
    const { return: ret, issues } = readReturn([
      { name: "mystery.csv", data: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\nC1,1,01/02/2010,WBRI,,\n" },
      { name: "h.csv", data: `${HEADER}\nC1,1,01/02/2010,WBRI,,,\n` },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        rule: READ_RULES.unknownColumns,
        severity: "error",
        location: { file: "mystery.csv", line: 1 },
      }),
    ]);
    expect(ret.tables.Header).toHaveLength(1);
  });

  it("reports a record with the wrong number of fields and keeps it, blanks filling the gap", () => {
    const { return: ret, issues } = readReturn([
      { name: "h.csv", data: `${HEADER}\nC1,1\nC2,1,01/02/2010,WBRI,,,,extra\n` },
    ]);
    expect(ret.tables.Header?.map((r) => r["CHILD"])).toEqual(["C1", "C2"]);
    expect(ret.tables.Header?.[0]?.["DOB"]).toBeNull();
    expect(issues.map((i) => [i.rule, i.location?.line, i.location?.row])).toEqual([
      [READ_RULES.fieldCount, 2, 0],
      [READ_RULES.fieldCount, 3, 1],
    ]);
  });

  it("reports a CSV syntax error with file, line and field, keeping the rows before it", () => {
    const { return: ret, issues } = readReturn([
      {
        name: "h.csv",
        data: `${HEADER}\nC1,1,01/02/2010,WBRI,,,\nC2,1,"01/02/2010"x,WBRI,,,\nC3,1,01/02/2010,WBRI,,,\n`,
      },
      { name: "u.csv", data: "CHILD,SEX,DOB,DUC\nC1,1,01/02/2010,01/02/2028\n" },
    ]);
    expect(ret.tables.Header?.map((r) => r["CHILD"])).toEqual(["C1"]);
    expect(ret.tables.UASC).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({
        rule: READ_RULES.csvSyntax,
        location: { file: "h.csv", line: 3, column: 3, table: "Header", row: 1 },
      }),
    ]);
    // The message describes the problem without quoting the cell.
    expect(issues[0]?.message).not.toContain("01/02/2010");
  });

  it("reports an empty file and a second file for the same table", () => {
    const { issues } = readReturn([
      { name: "empty.csv", data: "" },
      { name: "h1.csv", data: `${HEADER}\n` },
      { name: "h2.csv", data: `${HEADER}\n` },
    ]);
    expect(issues.map((i) => [i.rule, i.location?.file])).toEqual([
      [READ_RULES.emptyFile, "empty.csv"],
      [READ_RULES.duplicateTable, "h2.csv"],
    ]);
  });

  it("skips empty lines but keeps a record of blank cells", () => {
    const { return: ret } = readReturn([{ name: "h.csv", data: `${HEADER}\n\n,,,,,,\n\n` }]);
    expect(ret.tables.Header).toEqual([
      { CHILD: null, SEX: null, DOB: null, ETHNIC: null, UPN: null, MOTHER: null, MC_DOB: null },
    ]);
  });
});

describe("readReturn: XML", () => {
  const xml = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n${body}\n</EXPSSDA903>`;

  it("reports malformed XML with its line and column, and still reads the CSV files", () => {
    const { return: ret, issues } = readReturn([
      { name: "bad.xml", data: xml("<CHILD><HEADER><CHILDID>1</CHILDID></HEADER>\n<EPISODE></CHILD>") },
      { name: "h.csv", data: `${HEADER}\nC1,1,01/02/2010,WBRI,,,\n` },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        rule: READ_RULES.xmlSyntax,
        location: expect.objectContaining({ file: "bad.xml", line: 4 }),
      }),
    ]);
    expect(issues[0]?.location?.column).toBeGreaterThan(0);
    expect(ret.tables.Header).toHaveLength(1);
  });

  it("reports XML that is not an SSDA903 return", () => {
    const { issues } = readReturn([{ name: "x.xml", data: "<CINCensus><Child/></CINCensus>" }]);
    expect(issues).toEqual([expect.objectContaining({ rule: READ_RULES.xmlStructure })]);
  });

  it("gives each record the line of its element, and warns once about an unknown element", () => {
    const { return: ret, issues } = readReturn([
      {
        name: "r.xml",
        data: xml(
          [
            "<CHILD>",
            "  <HEADER><CHILDID>1</CHILDID><SEX>M</SEX><DOB>01/02/2010</DOB><UASC>1</UASC><DUC>01/02/2028</DUC>",
            "    <AREVIEW><REVIEW>01/05/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>",
            "    <SW_EPISODE/>",
            "  </HEADER>",
            "  <EPISODE><DECOM>01/04/2024</DECOM><PL>U6</PL></EPISODE>",
            "  <EPISODE><DECOM>01/06/2024</DECOM><PL>U4</PL></EPISODE>",
            "</CHILD>",
          ].join("\n"),
        ),
      },
    ]);
    expect(ret.origins?.Header?.lines).toEqual([4]);
    expect(ret.origins?.Reviews?.lines).toEqual([5]);
    expect(ret.origins?.Episodes?.lines).toEqual([8, 9]);
    expect(ret.tables.UASC).toEqual([{ CHILD: "1", SEX: "M", DOB: "01/02/2010", DUC: "01/02/2028" }]);
    expect(ret.tables.Episodes?.[1]).toMatchObject({
      CHILD: "1",
      DECOM: "01/06/2024",
      PLACE: "U4",
      DEC: null,
    });
    expect(issues).toEqual([expect.objectContaining({ rule: READ_RULES.xmlStructure, severity: "warning" })]);
    expect(issues[0]?.message).toContain("SW_EPISODE");
  });

  it("decodes an XML file that declares Windows-1252", () => {
    const head = bytes('<?xml version="1.0" encoding="windows-1252"?><EXPSSDA903><CHILD><HEADER><CHILDID>Zo');
    const tail = bytes("</CHILDID></HEADER></CHILD></EXPSSDA903>");
    const { return: ret, issues } = readReturn([
      { name: "r.xml", data: new Uint8Array([...head, 0xeb, ...tail]) },
    ]);
    expect(issues).toEqual([]);
    expect(ret.tables.Header?.[0]?.["CHILD"]).toBe("Zoë");
  });
});
