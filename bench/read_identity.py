"""Reading identity: does a speed change leave every read document exactly as it was?

A change made for speed must change nothing a user sees. This reads every real text
(../shared seeds, corpus/structure, corpus/speeches and, with ``--scale``, corpus/scale)
and the project's own fixtures (tests/modern*/texts, tests/corpus/unseen, corpus/) through
the whole pipeline and records, per file, a digest of the whole Document (metadata,
outline with markers, run-ins, endings and text after children, closing, confidence and
doubts, apparatus with note marks, warnings). Run it on two checkouts and compare:

    python bench/read_identity.py --out /tmp/main.json           # from one checkout
    python bench/read_identity.py --out /tmp/branch.json         # from the other
    python bench/read_identity.py --compare /tmp/main.json /tmp/branch.json

``--dump DIR`` also writes each document's full form, so a difference can be diffed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from drafter.corpus import ReadError, load_document
from drafter.corpus.readers import SUPPORTED_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REAL = [SHARED / "seeds", SHARED / "corpus" / "structure", SHARED / "corpus" / "speeches"]
OWN = [
    *sorted((ROOT / "tests").glob("modern*/texts")),
    ROOT / "tests/corpus/unseen",
    ROOT / "corpus",
]


def files_under(folders: list[Path]) -> list[Path]:
    """Every readable file under ``folders``, in a stable order."""
    out: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            out += sorted(
                p
                for p in folder.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
    return out


def full_form(path: Path) -> str:
    """Everything the pipeline produced for ``path``, as text (the path itself left out,
    so two checkouts' runs compare)."""
    try:
        doc = load_document(path)
    except ReadError as exc:
        return f"ReadError: {str(exc).replace(str(path), '<path>')}"
    doc.path = ""
    return repr(doc)


# bytes a file name may hold on Linux and macOS file systems (NAME_MAX)
_NAME_MAX = 255


def dump_name(key: str) -> str:
    """The file name ``--dump`` writes ``key``'s full form under: its path with ``/`` as
    ``__``, and ``.txt``. A name longer than a file system allows (a scale law's name alone
    is near it, its folders on top pass it) is cut and ends with a digest of the whole key,
    so it is still one name per file and the same in two checkouts' dumps."""
    name = key.replace("/", "__") + ".txt"
    if len(name.encode("utf-8")) <= _NAME_MAX:
        return name
    tail = "-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12] + ".txt"
    head = name.encode("utf-8")[: _NAME_MAX - len(tail)].decode("utf-8", errors="ignore")
    return head + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the digests here (JSON)")
    parser.add_argument("--dump", type=Path, help="also write each document's full form here")
    parser.add_argument("--scale", action="store_true", help="also read ../shared/corpus/scale")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    args = parser.parse_args(argv)
    if args.compare:
        a, b = (json.loads(p.read_text("utf-8")) for p in args.compare)
        differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        for key in differ:
            print("differs:", key)
        print(f"{len(a)} / {len(b)} files, {len(differ)} differ")
        return 1 if differ else 0
    real = files_under(REAL + ([SHARED / "corpus" / "scale"] if args.scale else []))
    own = files_under(OWN)
    digests: dict[str, str] = {}
    for path in real + own:
        form = full_form(path)
        key = str(path.relative_to(ROOT.parent if path.is_relative_to(SHARED) else ROOT))
        digests[key] = hashlib.sha1(form.encode("utf-8")).hexdigest()
        if args.dump:
            target = args.dump / dump_name(key)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(form, "utf-8")
    print(f"{len(real)} real files, {len(own)} own fixtures read")
    if args.out:
        args.out.write_text(json.dumps(digests, ensure_ascii=False, indent=0), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
