"""Plant one wrong value of each kind into the gold files on disk, run check.py, restore
(sha256 checked) — helper mb13. Run from the set's folder: python tools/plant_test.py"""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
PY = sys.executable


def sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def run_check():
    return (
        subprocess.run([PY, str(SET / "tools" / "check.py")], capture_output=True, text=True)
        .stdout.strip()
        .splitlines()
    )


PLANTS = [
    (
        "title",
        "gold/x08_npc_appointee_pledge_edge.json",
        lambda g: g.__setitem__(
            "title", "韩凌霜在县十八届人大常委会第二十二次会议上作任职表态发言"
        ),
    ),
    (
        "heading",
        "gold/x02_standing_meeting_houses_wordfiltered.json",
        lambda g: g["sections"].insert(
            0, {"level": 1, "marker": "1.", "heading": "排查质量不高", "children": []}
        ),
    ),
    (
        "closing",
        "gold/x06_recruits_sendoff_manuscript_paper.json",
        lambda g: g.__setitem__("closing", "新兵同志们，家乡永远是你们"),
    ),
]


def study_plant(kind, d):
    for e in d:
        if kind == "item" and "x10" in e["file"]:
            e["frames"][0]["items"][1] = "由郑望舒同志作表态发言"
        if kind == "roadmap" and "x02" in e["file"]:
            e["roadmap_links"][1]["parts"] = e["roadmap_links"][1]["parts"][::-1]


def main():
    caught = 0
    for kind, f, fn in PLANTS:
        p = SET / f
        bak, before = p.read_bytes(), sha(p)
        g = json.loads(bak)
        fn(g)
        p.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        out = run_check()
        p.write_bytes(bak)
        assert sha(p) == before
        caught += out[-1] != "0 problems"
        print(f"{kind}: {out[-1]} — {out[0]}")
    p = SET / "study_gold.json"
    bak, before = p.read_bytes(), sha(p)
    for kind in ("item", "roadmap"):
        d = json.loads(bak)
        study_plant(kind, d)
        p.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        out = run_check()
        p.write_bytes(bak)
        assert sha(p) == before
        caught += out[-1] != "0 problems"
        print(f"{kind}: {out[-1]} — {out[0]}")
    print(f"caught {caught} of 5; restored:", run_check()[-1])


if __name__ == "__main__":
    main()
