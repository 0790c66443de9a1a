"""Writes one wrong value of each kind into the gold files on disk, runs check.py, restores them
(sha256 checked). Every plant must be caught (check.py exits non-zero)."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
PY = sys.executable


def sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def gold(n):
    return next((SET / "gold").glob(f"{n}_*.json"))


def edit_gold(n, fn):
    p = gold(n)
    d = json.loads(p.read_text(encoding="utf-8"))
    fn(d)
    p.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return p


def edit_study(n, fn):
    p = SET / "study_gold.json"
    d = json.loads(p.read_text(encoding="utf-8"))
    fn([e for e in d if e["file"].rsplit("/", 1)[1].startswith(n)][0])
    p.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return p


PLANTS = [
    (
        "title: x05 -> its subtitle",
        lambda: edit_gold(
            "x05", lambda d: d.update(title="——在棠栖县工会第十二次代表大会上的报告")
        ),
    ),
    (
        "heading: x09 （二）挖掘市场化岗位 -> 挖掘市场岗位",
        lambda: edit_gold(
            "x09", lambda d: d["sections"][1]["children"][1].update(heading="挖掘市场岗位")
        ),
    ),
    (
        "frame item: x07 三类情况 限期整改 -> 分阶段整改",
        lambda: edit_study("x07", lambda e: e["frames"][1]["items"].__setitem__(1, "分阶段整改")),
    ),
    (
        "roadmap: x06 四项工作 parts reversed",
        lambda: edit_study("x06", lambda e: e["roadmap_links"][1]["parts"].reverse()),
    ),
    (
        "closing: x02 -> 各位老领导、老同志，新春 (a real paragraph after the last heading)",
        lambda: edit_gold("x02", lambda d: d.update(closing="各位老领导、老同志，新春")),
    ),
]


def main():
    files = list((SET / "gold").glob("*.json")) + [SET / "study_gold.json"]
    saved = {p: p.read_bytes() for p in files}
    before = {p: sha(p) for p in files}
    ok = True
    try:
        for label, do in PLANTS:
            do()
            r = subprocess.run(
                [PY, str(SET / "tools" / "check.py")], capture_output=True, text=True
            )
            last = r.stdout.strip().splitlines()[-1]
            caught = r.returncode != 0
            ok &= caught
            print(("CAUGHT " if caught else "MISSED ") + label + " -> " + last)
            for p, b in saved.items():
                p.write_bytes(b)
    finally:
        for p, b in saved.items():
            p.write_bytes(b)
    assert all(sha(p) == before[p] for p in files), "restore failed"
    r = subprocess.run([PY, str(SET / "tools" / "check.py")], capture_output=True, text=True)
    print("after restore:", r.stdout.strip().splitlines()[-1])
    return 0 if ok and r.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
