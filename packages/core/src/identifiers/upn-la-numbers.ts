// LA numbers (and pseudo-LA codes) that may appear in characters 2–4 of a UPN.
//
// Source: the ranges school census error 1530 accepts, as listed in reference/identifiers.md
// (support.arbor-education.com/hc/en-us/articles/360010161153): 001-005, 201-213, 301-320, 330-336,
// 340-344, 350-359, 370-373, 380-384, 390-394, 420, 660-681, 701-708, 800-803, 805-808, 810-813, 815,
// 816, 820-823, 825, 826, 830, 831, 835-837, 840, 841, 845, 846, 850-852, 855-857, 860, 861, 865-896,
// 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, 935-938.
// Added because councils created since that list was written issue UPNs too: 838 (Dorset, 2019),
// 839 (Bournemouth, Christchurch and Poole, 2019), 940 and 941 (North and West Northamptonshire, 2021),
// 942 and 943 (Cumberland; Westmorland and Furness, 2023). A UPN keeps the LA number it was issued
// under, so the numbers of councils that no longer exist stay valid.
const RANGES: readonly (readonly [number, number])[] = [
  [1, 5],
  [201, 213],
  [301, 320],
  [330, 336],
  [340, 344],
  [350, 359],
  [370, 373],
  [380, 384],
  [390, 394],
  [420, 420],
  [660, 681],
  [701, 708],
  [800, 803],
  [805, 808],
  [810, 813],
  [815, 816],
  [820, 823],
  [825, 826],
  [830, 831],
  [835, 841],
  [845, 846],
  [850, 852],
  [855, 857],
  [860, 861],
  [865, 896],
  [908, 909],
  [916, 916],
  [919, 919],
  [921, 921],
  [925, 926],
  [928, 929],
  [931, 931],
  [933, 933],
  [935, 938],
  [940, 943],
];

const ALLOWED = new Set<string>();
for (const [lo, hi] of RANGES) for (let n = lo; n <= hi; n++) ALLOWED.add(String(n).padStart(3, "0"));

/** True when `digits` (three characters) is an LA number or pseudo-LA code a UPN may carry. */
export function isUpnLaNumber(digits: string): boolean {
  return ALLOWED.has(digits);
}

/** Every LA number or pseudo-LA code a UPN may carry, ascending. */
export const UPN_LA_NUMBERS: readonly string[] = [...ALLOWED].sort();
