import { existsSync, mkdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithBrowser } from "../../../scripts/reference-suite";
import { type Served, servePage } from "./browser";

let served: Served;
let page: Page;
const shots = fileURLToPath(new URL("../test-results/", import.meta.url));

describeWithBrowser("kinship assessment form in Chromium", () => {
  beforeAll(async () => {
    served = await servePage();
    page = await served.browser.newPage({ locale: "en-GB" });
    await page.goto(served.url);
  });
  afterAll(async () => {
    await served?.close();
  });

  it("shows the form with the checks from the kinship package's code list", async () => {
    expect(await page.textContent("h1")).toBe("Record a kinship assessment");
    expect(await page.locator('input[type="checkbox"]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.textContent("fieldset")).toContain("The child was spoken to");
  });

  it("shows field errors from the schema when required answers are missing or wrong", async () => {
    await page.fill("#localAuthority", "999");
    await page.click("button[type=submit]");
    await page.waitForSelector("#id-error");
    for (const id of ["id", "childIds", "applicantIds", "requestedOn", "localAuthority"]) {
      expect(await page.isVisible(`#${id}-error`), id).toBe(true);
      expect(await page.getAttribute(`#${id}`, "aria-invalid"), id).toBe("true");
    }
    expect(await page.isVisible(".saved")).toBe(false);
  });

  it("records a valid connected-person assessment and works out when temporary approval ends", async () => {
    await page.selectOption("#type", "connected-person");
    await page.fill("#id", "KA-2026-014");
    await page.fill("#childIds", "C1042");
    await page.fill("#applicantIds", "P2231");
    await page.fill("#localAuthority", "");
    await page.fill("#requestedOn", "2026-01-02");
    await page.fill("#temporaryApprovalOn", "2026-01-05");
    await page.check('input[name="check-child-spoken-to"]');
    await page.check('input[name="check-seen-by-two-workers"]');
    await page.click("button[type=submit]");
    await page.waitForSelector(".saved");
    expect(await page.isVisible("#id-error")).toBe(false);
    // 5 January 2026 + 16 weeks (112 days) = 27 April 2026.
    expect(await page.textContent("#approval-end")).toContain("2026-04-27");
    const record = JSON.parse((await page.textContent("#record")) ?? "{}");
    expect(record).toMatchObject({
      type: "connected-person",
      id: "KA-2026-014",
      childIds: ["C1042"],
      status: "in-progress",
      temporaryApprovalOn: "2026-01-05",
      checks: [
        { check: "child-spoken-to", status: "done" },
        { check: "seen-by-two-workers", status: "done" },
      ],
    });
    expect(record).not.toHaveProperty("localAuthority");
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}kinship-form.png`, fullPage: true });
    expect(existsSync(`${shots}kinship-form.png`)).toBe(true);
    expect(statSync(`${shots}kinship-form.png`).size).toBeGreaterThan(10_000);
  });

  it("drops the fields of another kind of assessment when the kind changes", async () => {
    await page.selectOption("#type", "viability");
    expect(await page.isVisible("#temporaryApprovalOn")).toBe(false);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#record")?.textContent?.includes('"viability"'));
    const record = JSON.parse((await page.textContent("#record")) ?? "{}");
    expect(record.type).toBe("viability");
    expect(record).not.toHaveProperty("temporaryApprovalOn");
  });
});
