import { describe, expect, it } from "vitest";
import { documentIn, documentKind, documentSection } from "./documents";

const doc = (content: string, titleOnly = false) => {
  const d = documentIn(content, titleOnly);
  return (
    d && {
      title: content.slice(...d.title),
      format: d.format,
      bytes: d.size?.bytes,
      display: d.size && content.slice(...d.size.display),
      ref: d.agendaItemRef && content.slice(...d.agendaItemRef),
    }
  );
};

describe("document listings (meetings reference §3.5)", () => {
  it("reads ModernGov listings with format and size", () => {
    expect(doc("CorporateParentingCommitments -PC FINAL, item 7.3 PDF 418 KB")).toEqual({
      title: "CorporateParentingCommitments -PC FINAL",
      format: "pdf",
      bytes: 428032,
      display: "418 KB",
      ref: "item 7.3",
    });
    expect(doc("Corporate Parenting Report pdf icon PDF 155 KB")).toMatchObject({
      title: "Corporate Parenting Report",
      bytes: 158720,
    });
    expect(doc("Data pack XLSX 2.5 MB")).toMatchObject({ format: "xlsx", bytes: 2621440, display: "2.5 MB" });
    expect(doc("Minutes DOCX 36KB")).toMatchObject({ format: "docx", bytes: 36864, display: "36KB" });
  });

  it("needs a format and size outside a documents section, only a title inside one", () => {
    expect(doc("The report was 12 pages long")).toBeUndefined();
    expect(doc("Costs rose by 5 MB")).toBeUndefined();
    expect(doc("Appendix A - Pledge", true)).toMatchObject({
      title: "Appendix A - Pledge",
      format: undefined,
    });
  });

  it("knows the section headings and document kinds", () => {
    expect(documentSection("supporting documents:")).toEqual({ relation: "supporting", restAt: 21 });
    expect(documentSection("additional documents:")?.relation).toBe("additional");
    expect(documentSection("accompanying documents:")?.relation).toBe("accompanying");
    expect(documentSection("supporting documents were circulated")).toBeUndefined();
    expect(documentKind("Appendix 2 - Scorecard")).toBe("appendix");
    expect(documentKind("MAB CP Strategy 2023to28")).toBe("strategy");
    expect(documentKind("Presentation slides")).toBe("presentation");
  });
});
