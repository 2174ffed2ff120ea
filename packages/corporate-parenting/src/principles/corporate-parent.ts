import { defineCodeList } from "@childrens-social-care/core";
import { commencementDateOf, dutyInForceOn } from "@childrens-social-care/reforms";
import type * as z from "zod";

const S1_3 = "Children and Social Work Act 2017 s1(3)";
// The Children's Wellbeing and Schools Act 2026 (c. 21, Royal Assent 29 April 2026) gave a corporate
// parenting duty to wider public bodies ("relevant authorities"): to be alert to matters affecting the
// wellbeing of looked-after children and relevant young people, assess the services they provide, seek
// to provide opportunities, and help them use services (Bill new clause 18, Commons report stage 17 March
// 2025; bodies named in the Lords, 19 June 2025; https://parallelparliament.co.uk/debate/2025-03-17/commons/commons-chamber/childrens-wellbeing-and-schools-bill).
// The enacted section number was not verified. Whether the duty is in force is the reforms catalogue's
// answer (provision "corporate-parenting-wider-bodies": no commencement regulations found to 30 June 2026,
// nor in the search of 4 December 2026), so these rows carry no `from`: use `isCorporateParentOn`.
const CWSA_2026 =
  "Children's Wellbeing and Schools Act 2026 (c. 21), corporate parenting duty of relevant authorities (Bill NC18; section number not verified)";

/** The reforms catalogue's id for the wider bodies' corporate parenting duty. */
const WIDER_DUTY = "corporate-parenting-wider-bodies";

/**
 * The day the 2026 Act's corporate parenting duty of the wider public bodies comes into force, read from
 * the reforms catalogue (`commencementDateOf`): `undefined` while no commencement is known. Recording the
 * regulations there, once made, sets it here too.
 */
export const WIDER_CORPORATE_PARENTING_COMMENCES: string | undefined = commencementDateOf(WIDER_DUTY);

/**
 * CSWA 2017 ss1-3 (the principles, the local offer, personal advisers to 25) applied from 1 April 2018,
 * as the February 2018 statutory guidance on the principles and on personal adviser support says.
 */
const LOCAL_AUTHORITY_DUTY_COMMENCED = "2018-04-01";

/**
 * Bodies that are corporate parents: English local authorities under the Children and Social Work Act
 * 2017 s1(3), and the wider public bodies added in 2026. (Minutes of one council, reporting the Bill,
 * said the duty would extend to "schools, the judiciary and the police"; the named list has schools but
 * neither the judiciary nor the police.)
 */
export const CorporateParentBody = defineCodeList(
  [
    { code: "county-council", label: "County council in England", source: S1_3 },
    { code: "district-council", label: "District council", source: S1_3 },
    { code: "london-borough-council", label: "London borough council", source: S1_3 },
    { code: "common-council-city-of-london", label: "Common Council of the City of London", source: S1_3 },
    { code: "council-isles-of-scilly", label: "Council of the Isles of Scilly", source: S1_3 },
    {
      code: "combined-authority",
      label: "Combined authority",
      description:
        "Established under the Local Democracy, Economic Development and Construction Act 2009 s103.",
      source: S1_3,
    },
    { code: "secretary-of-state", label: "Every Secretary of State", source: CWSA_2026 },
    { code: "lord-chancellor", label: "The Lord Chancellor", source: CWSA_2026 },
    { code: "school", label: "Schools", source: CWSA_2026 },
    { code: "college", label: "Colleges", source: CWSA_2026 },
    { code: "nhs-england", label: "NHS England", source: CWSA_2026 },
    { code: "integrated-care-board", label: "Integrated care boards", source: CWSA_2026 },
    { code: "nhs-trust", label: "NHS trusts", source: CWSA_2026 },
    { code: "nhs-foundation-trust", label: "NHS foundation trusts", source: CWSA_2026 },
    { code: "ofsted", label: "Ofsted", source: CWSA_2026 },
    { code: "care-quality-commission", label: "Care Quality Commission", source: CWSA_2026 },
    { code: "youth-justice-board", label: "Youth Justice Board", source: CWSA_2026 },
  ] as const,
  {
    id: "corporate-parenting.CorporateParentBody",
    title: "Corporate parent body",
    description:
      "A body with corporate parenting duties: an English local authority (2017) or a wider public body (2026).",
  },
);
/** A body with corporate parenting duties. */
export type CorporateParentBody = z.infer<typeof CorporateParentBody>;

/**
 * Whether the body had corporate parenting duties on the date: `true` or `false` where that is known.
 * For a wider public body it is the reforms catalogue's `dutyInForceOn`: `false` up to the day statuses
 * were verified to (no commencement before it), `undefined` after it while no commencement is known.
 */
export function isCorporateParentOn(body: CorporateParentBody, date: string): boolean | undefined {
  if (isLocalAuthority(body)) return date >= LOCAL_AUTHORITY_DUTY_COMMENCED;
  return dutyInForceOn(WIDER_DUTY, date);
}

/** True for the local authorities bound by the seven principles of CSWA 2017 s1 itself. */
export function isLocalAuthority(body: CorporateParentBody): boolean {
  return CorporateParentBody.rowOf(body)?.source === S1_3;
}
