import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * The LA_PERM codes: English local authorities' three-digit DfE numbers (with 999) and the codes for the
 * rest of the UK. DfE SSDA903 LA_PERM code set, as listed by the reference validator
 * (data-to-insight/csc-validator-be-903 lac2022_23/rule_633.py @10ad07c).
 */
const LA_PERM_CODES: ReadonlySet<string> = new Set([
  ..."800 889 822 301 304 303 330 825 837 302 846 370 350 890 867 380 305 801 351 873 823 895 896".split(" "),
  ..."381 909 202 908 331 306 841 830 831 878 371 835 332 840 307 308 811 881 845 390 916 203 876".split(" "),
  ..."850 311 204 884 312 205 313 805 919 310 309 420 921 206 207 886 810 382 314 340 888 208 856".split(" "),
  ..."383 855 209 925 341 201 821 352 806 887 826 315 929 812 391 926 892 813 802 928 891 392 316".split(" "),
  ..."815 353 931 879 836 851 874 807 354 317 870 318 372 857 333 935 343 803 373 342 893 356 355".split(" "),
  ..."871 394 334 933 882 936 861 852 319 860 808 393 866 210 357 894 883 880 358 211 937 869 320".split(" "),
  ..."359 865 384 335 336 212 868 872 885 344 877 213 938 816 999".split(" "),
  "WAL",
  "SCO",
  "NUK",
  "NIR",
]);

/**
 * 633: LA_PERM, where given, must be a local authority's three-digit DfE number (or 999), or WAL, SCO,
 * NIR or NUK for an order made outside England.
 * DfE SSDA903 validation rule 633 (PrevPerm: LA_PERM).
 */
export const rule633 = defineRule({
  code: "633",
  tables: ["PrevPerm"],
  fields: ["LA_PERM"],
  severity: "error",
  message:
    "The local authority where the previous permanence order was arranged is not a valid code (a DfE LA number, 999, WAL, SCO, NIR or NUK).",
  check: (ctx) =>
    flagRows(ctx, "PrevPerm", "LA_PERM", (r) => r.LA_PERM != null && !LA_PERM_CODES.has(r.LA_PERM)),
});
