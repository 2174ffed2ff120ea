import { defineCodeList } from "../code-list/define-code-list";

// DfE local authority numbers for the councils with children's services duties in England, with the
// ONS code of the same council. LA numbers: DfE, Get Information About Schools, "local authority"
// codes (also the LA numbers of school census and SSDA903 returns). ONS codes: ONS Lower Tier to Upper
// Tier Local Authority lookup (April 2021), as copied in reference/ssda903-data (quality-lac-data-ref-
// authorities), and the ONS Code History Database for the councils created since (E06000063-66).
// Councils abolished by reorganisation stay with `until` (their last collection year), and their
// successors carry `from`, so a historic record still names its council.
//
// ONS codes change over time even when the council does not: a council that becomes unitary, or whose
// boundary changes, gets a new code. Those councils list their earlier codes in `formerGss`, each with
// the last day it was in use, so a code answers by date (`gssCodeOfLa("370", { on })`). Checked against
// the newest ONS change available to us (2026-12-04): the Barnsley and Sheffield (Boundary Change) Order
// 2024 (SI 2024/1328) moved the boundary on 1 April 2025, and ONS replaced Barnsley E08000016 and
// Sheffield E08000019 with E08000038 and E08000039 ("In 2025, this area replaced the previous Barnsley
// (E08000016)", ONS area page for E08000038; postcodes.io returns E08000039 for Sheffield postcodes). No
// later change to an English upper-tier code was found in the ONS May 2025 and May 2026 boundary and
// lookup releases referred to in public data projects; their full lists were not available to us.
const SOURCE = "DfE Get Information About Schools LA codes; ONS LTLA-UTLA lookup April 2021";
const ONS_2025 =
  "ONS code change from 1 April 2025 (Barnsley and Sheffield (Boundary Change) Order 2024, SI 2024/1328, transfer date 1 April 2025; ONS area pages for E08000038/E08000039)";
const ONS_2023 = "ONS Code History Database: unitary councils created on 1 April 2023 (E06000063-66)";
const ONS_2020 =
  "ONS Code History Database: Buckinghamshire unitary council created on 1 April 2020 (E06000060)";
const ONS_2013 =
  "ONS recode of April 2013 after the Gateshead and Northumberland boundary change, as public data projects' code lookups record (E06000048 to E06000057, E08000020 to E08000037); the date was not re-checked at the ONS Code History Database";

/** An ONS code a council used before its current one, with the last day it was in use. */
export interface FormerGssCode {
  readonly code: string;
  /** Last ISO date on which the code stood for the council. */
  readonly until: string;
  readonly source: string;
}

/** One English local authority with children's services duties. */
export interface LocalAuthorityRow {
  readonly code: string;
  readonly label: string;
  /** The council's latest ONS GSS code, where it has one. */
  readonly gss?: string;
  /** Codes the same council used before `gss` (a county became unitary, a boundary moved), oldest first. */
  readonly formerGss?: readonly FormerGssCode[];
  readonly from?: string;
  readonly until?: string;
  readonly source: string;
}

/** Every DfE LA number with its council, in LA-number order. */
export const LOCAL_AUTHORITIES = [
  { code: "201", label: "City of London", gss: "E09000001", source: SOURCE },
  { code: "202", label: "Camden", gss: "E09000007", source: SOURCE },
  { code: "203", label: "Greenwich", gss: "E09000011", source: SOURCE },
  { code: "204", label: "Hackney", gss: "E09000012", source: SOURCE },
  { code: "205", label: "Hammersmith and Fulham", gss: "E09000013", source: SOURCE },
  { code: "206", label: "Islington", gss: "E09000019", source: SOURCE },
  { code: "207", label: "Kensington and Chelsea", gss: "E09000020", source: SOURCE },
  { code: "208", label: "Lambeth", gss: "E09000022", source: SOURCE },
  { code: "209", label: "Lewisham", gss: "E09000023", source: SOURCE },
  { code: "210", label: "Southwark", gss: "E09000028", source: SOURCE },
  { code: "211", label: "Tower Hamlets", gss: "E09000030", source: SOURCE },
  { code: "212", label: "Wandsworth", gss: "E09000032", source: SOURCE },
  { code: "213", label: "Westminster", gss: "E09000033", source: SOURCE },
  { code: "301", label: "Barking and Dagenham", gss: "E09000002", source: SOURCE },
  { code: "302", label: "Barnet", gss: "E09000003", source: SOURCE },
  { code: "303", label: "Bexley", gss: "E09000004", source: SOURCE },
  { code: "304", label: "Brent", gss: "E09000005", source: SOURCE },
  { code: "305", label: "Bromley", gss: "E09000006", source: SOURCE },
  { code: "306", label: "Croydon", gss: "E09000008", source: SOURCE },
  { code: "307", label: "Ealing", gss: "E09000009", source: SOURCE },
  { code: "308", label: "Enfield", gss: "E09000010", source: SOURCE },
  { code: "309", label: "Haringey", gss: "E09000014", source: SOURCE },
  { code: "310", label: "Harrow", gss: "E09000015", source: SOURCE },
  { code: "311", label: "Havering", gss: "E09000016", source: SOURCE },
  { code: "312", label: "Hillingdon", gss: "E09000017", source: SOURCE },
  { code: "313", label: "Hounslow", gss: "E09000018", source: SOURCE },
  { code: "314", label: "Kingston upon Thames", gss: "E09000021", source: SOURCE },
  { code: "315", label: "Merton", gss: "E09000024", source: SOURCE },
  { code: "316", label: "Newham", gss: "E09000025", source: SOURCE },
  { code: "317", label: "Redbridge", gss: "E09000026", source: SOURCE },
  { code: "318", label: "Richmond upon Thames", gss: "E09000027", source: SOURCE },
  { code: "319", label: "Sutton", gss: "E09000029", source: SOURCE },
  { code: "320", label: "Waltham Forest", gss: "E09000031", source: SOURCE },
  { code: "330", label: "Birmingham", gss: "E08000025", source: SOURCE },
  { code: "331", label: "Coventry", gss: "E08000026", source: SOURCE },
  { code: "332", label: "Dudley", gss: "E08000027", source: SOURCE },
  { code: "333", label: "Sandwell", gss: "E08000028", source: SOURCE },
  { code: "334", label: "Solihull", gss: "E08000029", source: SOURCE },
  { code: "335", label: "Walsall", gss: "E08000030", source: SOURCE },
  { code: "336", label: "Wolverhampton", gss: "E08000031", source: SOURCE },
  { code: "340", label: "Knowsley", gss: "E08000011", source: SOURCE },
  { code: "341", label: "Liverpool", gss: "E08000012", source: SOURCE },
  { code: "342", label: "St. Helens", gss: "E08000013", source: SOURCE },
  { code: "343", label: "Sefton", gss: "E08000014", source: SOURCE },
  { code: "344", label: "Wirral", gss: "E08000015", source: SOURCE },
  { code: "350", label: "Bolton", gss: "E08000001", source: SOURCE },
  { code: "351", label: "Bury", gss: "E08000002", source: SOURCE },
  { code: "352", label: "Manchester", gss: "E08000003", source: SOURCE },
  { code: "353", label: "Oldham", gss: "E08000004", source: SOURCE },
  { code: "354", label: "Rochdale", gss: "E08000005", source: SOURCE },
  { code: "355", label: "Salford", gss: "E08000006", source: SOURCE },
  { code: "356", label: "Stockport", gss: "E08000007", source: SOURCE },
  { code: "357", label: "Tameside", gss: "E08000008", source: SOURCE },
  { code: "358", label: "Trafford", gss: "E08000009", source: SOURCE },
  { code: "359", label: "Wigan", gss: "E08000010", source: SOURCE },
  {
    code: "370",
    label: "Barnsley",
    gss: "E08000038",
    formerGss: [{ code: "E08000016", until: "2025-03-31", source: ONS_2025 }],
    source: SOURCE,
  },
  { code: "371", label: "Doncaster", gss: "E08000017", source: SOURCE },
  { code: "372", label: "Rotherham", gss: "E08000018", source: SOURCE },
  {
    code: "373",
    label: "Sheffield",
    gss: "E08000039",
    formerGss: [{ code: "E08000019", until: "2025-03-31", source: ONS_2025 }],
    source: SOURCE,
  },
  { code: "380", label: "Bradford", gss: "E08000032", source: SOURCE },
  { code: "381", label: "Calderdale", gss: "E08000033", source: SOURCE },
  { code: "382", label: "Kirklees", gss: "E08000034", source: SOURCE },
  { code: "383", label: "Leeds", gss: "E08000035", source: SOURCE },
  { code: "384", label: "Wakefield", gss: "E08000036", source: SOURCE },
  {
    code: "390",
    label: "Gateshead",
    gss: "E08000037",
    formerGss: [{ code: "E08000020", until: "2013-03-31", source: ONS_2013 }],
    source: SOURCE,
  },
  { code: "391", label: "Newcastle upon Tyne", gss: "E08000021", source: SOURCE },
  { code: "392", label: "North Tyneside", gss: "E08000022", source: SOURCE },
  { code: "393", label: "South Tyneside", gss: "E08000023", source: SOURCE },
  { code: "394", label: "Sunderland", gss: "E08000024", source: SOURCE },
  { code: "420", label: "Isles of Scilly", gss: "E06000053", source: SOURCE },
  { code: "800", label: "Bath and North East Somerset", gss: "E06000022", source: SOURCE },
  { code: "801", label: "Bristol, City of", gss: "E06000023", source: SOURCE },
  { code: "802", label: "North Somerset", gss: "E06000024", source: SOURCE },
  { code: "803", label: "South Gloucestershire", gss: "E06000025", source: SOURCE },
  { code: "805", label: "Hartlepool", gss: "E06000001", source: SOURCE },
  { code: "806", label: "Middlesbrough", gss: "E06000002", source: SOURCE },
  { code: "807", label: "Redcar and Cleveland", gss: "E06000003", source: SOURCE },
  { code: "808", label: "Stockton-on-Tees", gss: "E06000004", source: SOURCE },
  { code: "810", label: "Kingston upon Hull, City of", gss: "E06000010", source: SOURCE },
  { code: "811", label: "East Riding of Yorkshire", gss: "E06000011", source: SOURCE },
  { code: "812", label: "North East Lincolnshire", gss: "E06000012", source: SOURCE },
  { code: "813", label: "North Lincolnshire", gss: "E06000013", source: SOURCE },
  {
    code: "815",
    label: "North Yorkshire",
    gss: "E06000065",
    formerGss: [{ code: "E10000023", until: "2023-03-31", source: ONS_2023 }],
    source: SOURCE,
  },
  { code: "816", label: "York", gss: "E06000014", source: SOURCE },
  { code: "820", label: "Bedfordshire", until: "2008-09", source: SOURCE },
  { code: "821", label: "Luton", gss: "E06000032", source: SOURCE },
  { code: "822", label: "Bedford", gss: "E06000055", from: "2009-10", source: SOURCE },
  { code: "823", label: "Central Bedfordshire", gss: "E06000056", from: "2009-10", source: SOURCE },
  {
    code: "825",
    label: "Buckinghamshire",
    gss: "E06000060",
    formerGss: [{ code: "E10000002", until: "2020-03-31", source: ONS_2020 }],
    source: SOURCE,
  },
  { code: "826", label: "Milton Keynes", gss: "E06000042", source: SOURCE },
  { code: "830", label: "Derbyshire", gss: "E10000007", source: SOURCE },
  { code: "831", label: "Derby", gss: "E06000015", source: SOURCE },
  { code: "835", label: "Dorset (county council)", gss: "E10000009", until: "2018-19", source: SOURCE },
  { code: "836", label: "Poole", gss: "E06000029", until: "2018-19", source: SOURCE },
  { code: "837", label: "Bournemouth", gss: "E06000028", until: "2018-19", source: SOURCE },
  { code: "838", label: "Dorset", gss: "E06000059", from: "2019-20", source: SOURCE },
  {
    code: "839",
    label: "Bournemouth, Christchurch and Poole",
    gss: "E06000058",
    from: "2019-20",
    source: SOURCE,
  },
  { code: "840", label: "County Durham", gss: "E06000047", source: SOURCE },
  { code: "841", label: "Darlington", gss: "E06000005", source: SOURCE },
  { code: "845", label: "East Sussex", gss: "E10000011", source: SOURCE },
  { code: "846", label: "Brighton and Hove", gss: "E06000043", source: SOURCE },
  { code: "850", label: "Hampshire", gss: "E10000014", source: SOURCE },
  { code: "851", label: "Portsmouth", gss: "E06000044", source: SOURCE },
  { code: "852", label: "Southampton", gss: "E06000045", source: SOURCE },
  { code: "855", label: "Leicestershire", gss: "E10000018", source: SOURCE },
  { code: "856", label: "Leicester", gss: "E06000016", source: SOURCE },
  { code: "857", label: "Rutland", gss: "E06000017", source: SOURCE },
  { code: "860", label: "Staffordshire", gss: "E10000028", source: SOURCE },
  { code: "861", label: "Stoke-on-Trent", gss: "E06000021", source: SOURCE },
  { code: "865", label: "Wiltshire", gss: "E06000054", source: SOURCE },
  { code: "866", label: "Swindon", gss: "E06000030", source: SOURCE },
  { code: "867", label: "Bracknell Forest", gss: "E06000036", source: SOURCE },
  { code: "868", label: "Windsor and Maidenhead", gss: "E06000040", source: SOURCE },
  { code: "869", label: "West Berkshire", gss: "E06000037", source: SOURCE },
  { code: "870", label: "Reading", gss: "E06000038", source: SOURCE },
  { code: "871", label: "Slough", gss: "E06000039", source: SOURCE },
  { code: "872", label: "Wokingham", gss: "E06000041", source: SOURCE },
  { code: "873", label: "Cambridgeshire", gss: "E10000003", source: SOURCE },
  { code: "874", label: "Peterborough", gss: "E06000031", source: SOURCE },
  { code: "875", label: "Cheshire", until: "2008-09", source: SOURCE },
  { code: "876", label: "Halton", gss: "E06000006", source: SOURCE },
  { code: "877", label: "Warrington", gss: "E06000007", source: SOURCE },
  { code: "878", label: "Devon", gss: "E10000008", source: SOURCE },
  { code: "879", label: "Plymouth", gss: "E06000026", source: SOURCE },
  { code: "880", label: "Torbay", gss: "E06000027", source: SOURCE },
  { code: "881", label: "Essex", gss: "E10000012", source: SOURCE },
  { code: "882", label: "Southend-on-Sea", gss: "E06000033", source: SOURCE },
  { code: "883", label: "Thurrock", gss: "E06000034", source: SOURCE },
  { code: "884", label: "Herefordshire, County of", gss: "E06000019", source: SOURCE },
  { code: "885", label: "Worcestershire", gss: "E10000034", source: SOURCE },
  { code: "886", label: "Kent", gss: "E10000016", source: SOURCE },
  { code: "887", label: "Medway", gss: "E06000035", source: SOURCE },
  { code: "888", label: "Lancashire", gss: "E10000017", source: SOURCE },
  { code: "889", label: "Blackburn with Darwen", gss: "E06000008", source: SOURCE },
  { code: "890", label: "Blackpool", gss: "E06000009", source: SOURCE },
  { code: "891", label: "Nottinghamshire", gss: "E10000024", source: SOURCE },
  { code: "892", label: "Nottingham", gss: "E06000018", source: SOURCE },
  { code: "893", label: "Shropshire", gss: "E06000051", source: SOURCE },
  { code: "894", label: "Telford and Wrekin", gss: "E06000020", source: SOURCE },
  { code: "895", label: "Cheshire East", gss: "E06000049", from: "2009-10", source: SOURCE },
  { code: "896", label: "Cheshire West and Chester", gss: "E06000050", from: "2009-10", source: SOURCE },
  { code: "908", label: "Cornwall", gss: "E06000052", source: SOURCE },
  { code: "909", label: "Cumbria", gss: "E10000006", until: "2022-23", source: SOURCE },
  { code: "916", label: "Gloucestershire", gss: "E10000013", source: SOURCE },
  { code: "919", label: "Hertfordshire", gss: "E10000015", source: SOURCE },
  { code: "921", label: "Isle of Wight", gss: "E06000046", source: SOURCE },
  { code: "925", label: "Lincolnshire", gss: "E10000019", source: SOURCE },
  { code: "926", label: "Norfolk", gss: "E10000020", source: SOURCE },
  { code: "928", label: "Northamptonshire", gss: "E10000021", until: "2020-21", source: SOURCE },
  {
    code: "929",
    label: "Northumberland",
    gss: "E06000057",
    formerGss: [{ code: "E06000048", until: "2013-03-31", source: ONS_2013 }],
    source: SOURCE,
  },
  { code: "931", label: "Oxfordshire", gss: "E10000025", source: SOURCE },
  {
    code: "933",
    label: "Somerset",
    gss: "E06000066",
    formerGss: [{ code: "E10000027", until: "2023-03-31", source: ONS_2023 }],
    source: SOURCE,
  },
  { code: "935", label: "Suffolk", gss: "E10000029", source: SOURCE },
  { code: "936", label: "Surrey", gss: "E10000030", source: SOURCE },
  { code: "937", label: "Warwickshire", gss: "E10000031", source: SOURCE },
  { code: "938", label: "West Sussex", gss: "E10000032", source: SOURCE },
  { code: "940", label: "North Northamptonshire", gss: "E06000061", from: "2021-22", source: SOURCE },
  { code: "941", label: "West Northamptonshire", gss: "E06000062", from: "2021-22", source: SOURCE },
  { code: "942", label: "Cumberland", gss: "E06000063", from: "2023-24", source: SOURCE },
  { code: "943", label: "Westmorland and Furness", gss: "E06000064", from: "2023-24", source: SOURCE },
] as const satisfies readonly LocalAuthorityRow[];

/**
 * A DfE local authority number (three digits, e.g. `"318"` for Richmond upon Thames), as a code list:
 * `LaNumber.labelOf("318")` gives the council's name and `LaNumber.isValidIn("909", "2024-25")` tells
 * that Cumbria no longer existed then.
 *
 * @example
 * LaNumber.parse("805"); // "805"
 * LaNumber.labelOf("805"); // "Hartlepool"
 */
export const LaNumber = defineCodeList(LOCAL_AUTHORITIES, {
  id: "core.LaNumber",
  title: "DfE local authority number",
  description: "The DfE's three-digit number for an English local authority with children's services duties.",
});
/** A DfE local authority number. */
export type LaNumber = (typeof LOCAL_AUTHORITIES)[number]["code"];
