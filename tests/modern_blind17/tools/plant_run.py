"""Plants one wrong value of each kind into the gold files on disk, runs check.py, restores them
(sha256 checked). Helper mb17. Run: python tools/plant_run.py"""

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
    link = st_entry(d, "x03")["roadmap_links"][1]
    link["parts"] = link["parts"][1:]
    link["number"] = 3


PLANTS = {
    # the front matter's title (with 旧稿), not the speech's own title line
    "title": (
        lambda: gold("x04"),
        lambda d: d.__setitem__("title", "在全县民族团结进步表彰大会上的讲话（旧稿）"),
    ),
    "heading": (
        lambda: gold("x02"),
        lambda d: d["sections"][1]["children"][1].__setitem__("heading", "严格验收"),
    ),
    "item": (
        lambda: SET / "study_gold.json",
        lambda d: next(f for f in st_entry(d, "x07")["frames"] if f["phrase"] == "三道关")[
            "items"
        ].__setitem__(2, "安检关"),
    ),
    "roadmap": (lambda: SET / "study_gold.json", cut_parts),
    # a real paragraph after the last heading and after the closing (the last of the speech)
    "closing": (
        lambda: gold("x07"),
        lambda d: d.__setitem__("closing", "燃气安全，一头连着安全生"),
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
