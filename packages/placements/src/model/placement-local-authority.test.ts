import { describe, expect, it } from "vitest";
import { PlacementCountryOutsideEngland, PlacementLocation } from "../code-lists/placement-location";
import { PlacementLocalAuthority, placementAreaOf, placementLocationOf } from "./placement-local-authority";

describe("placement local authority and location (SSDA903 PL_LA, PL_LOCATION)", () => {
  it("accepts an LA number, an ONS council code or a country outside England", () => {
    for (const ok of ["370", "E08000038", "SCO", "WAL", "NIR"])
      expect(PlacementLocalAuthority.safeParse(ok).success, ok).toBe(true);
    for (const bad of ["999", "S12000036", "ENG", ""])
      expect(PlacementLocalAuthority.safeParse(bad).success, bad).toBe(false);
    expect(PlacementLocation.options).toEqual(["IN", "OUT"]);
    expect(PlacementCountryOutsideEngland.labelOf("NIR")).toBe("Northern Ireland");
  });

  it("resolves ONS codes by date, so Barnsley's old and new codes both place a child in Barnsley", () => {
    expect(placementAreaOf("E08000016", "2025-03-31")).toEqual({ kind: "england", laNumber: "370" });
    expect(placementAreaOf("E08000016", "2025-04-01")).toBeUndefined();
    expect(placementAreaOf("E08000038", "2025-04-01")).toEqual({ kind: "england", laNumber: "370" });
    expect(placementAreaOf("E07000008")).toBeUndefined(); // Cambridge: a district, not a children's services council
    expect(placementAreaOf("909", "2024-01-01")).toBeUndefined(); // Cumbria no longer existed
  });

  it("derives IN and OUT, and nothing when either side is unknown", () => {
    expect(placementLocationOf("E08000038", "370", "2025-06-01")).toBe("IN");
    expect(placementLocationOf("E08000016", "370", "2025-03-31")).toBe("IN");
    expect(placementLocationOf("E08000016", "E08000038", "2025-03-31")).toBeUndefined(); // not yet issued
    expect(placementLocationOf("373", "370")).toBe("OUT");
    expect(placementLocationOf("WAL", "370")).toBe("OUT");
    expect(placementLocationOf("E07000008", "370")).toBeUndefined();
    expect(placementLocationOf("370", "E07000008")).toBeUndefined();
  });
});
