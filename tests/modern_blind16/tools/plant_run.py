"""Plants one wrong value of each kind into the gold files on disk, runs check.py, restores them
(sha256 checked). Helper mb16. Run: python tools/plant_run.py"""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
FILES = sorted((SET / "gold").glob("*.json")) + [SET / "study_gold.json"]


def sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def edit(path, fn):
    d = json.loads(path.read_text(encoding="utf-8"))
    fn(d)
    path.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def gold(stem):
    return next((SET / "gold").glob(stem + "_*.json"))


def st_entry(d, stem):
    return next(x for x in d if Path(x["file"]).name.startswith(stem + "_"))


def cut_parts(d):
    link = st_entry(d, "x08")["roadmap_links"][1]
    link["parts"] = link["parts"][:2]


PLANTS = {
    # the outer page's headline, not the speech's title
    "title": (lambda: gold("x04"), lambda d: d.__setitem__("title", "全县档案工作会议召开")),
    "heading": (
        lambda: gold("x03"),
        lambda d: d["sections"][1]["children"][2].__setitem__("heading", "办好民生事项"),
    ),
    "item": (
        lambda: SET / "study_gold.json",
        lambda d: next(f for f in st_entry(d, "x09")["frames"] if f["phrase"] == "五进")[
            "items"
        ].__setitem__(4, "进机关"),
    ),
    "roadmap": (lambda: SET / "study_gold.json", cut_parts),
    # a real paragraph after the last heading and after the closing (the last of the speech)
    "closing": (
        lambda: gold("x10"),
        lambda d: d.__setitem__("closing", "现在，我宣布：共青团榆岙"),
    ),
}

before = {p: sha(p) for p in FILES}
saved = {p: p.read_bytes() for p in FILES}
ok = True
try:
    for kind, (target, fn) in PLANTS.items():
        path = target()
        edit(path, fn)
        r = subprocess.run([sys.executable, str(HERE / "check.py")], capture_output=True, text=True)
        out = r.stdout.strip().splitlines()
        caught = r.returncode != 0
        ok &= caught
        print(f"{kind:8s} {path.name}: {'caught' if caught else 'NOT CAUGHT'} ({out[-1]})")
        for ln in out[:-1]:
            print("         ", ln)
        path.write_bytes(saved[path])
finally:
    for p in FILES:
        p.write_bytes(saved[p])
assert all(sha(p) == before[p] for p in FILES), "restore failed"
r = subprocess.run([sys.executable, str(HERE / "check.py")], capture_output=True, text=True)
print("after restoring:", r.stdout.strip().splitlines()[-1])
sys.exit(0 if ok and r.returncode == 0 else 1)
