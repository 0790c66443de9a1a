"""``drafter versions DRAFT [--label TEXT [--version REF]] [--restore REF] [--json]``:
the versions a draft keeps beside it (``NAME.history/``), their labels, and restoring one."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "versions", help="list, label or restore the versions kept of a draft (NAME.history/)"
    )
    p.add_argument("draft", metavar="DRAFT", help="a draft .json")
    p.add_argument(
        "--label", metavar="TEXT", help="label a version (送审稿, 修改稿二); '' clears it"
    )
    p.add_argument(
        "--version",
        metavar="REF",
        default="1",
        help="the version to label: number in the list (1 = newest), id, or label",
    )
    p.add_argument(
        "--restore",
        metavar="REF",
        help="make a version the current draft (the current one stays in the history)",
    )
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.drafts.history import HistoryError, find_version, list_versions, set_label
    from drafter.drafts.store import DraftError, load_draft, save_draft

    try:
        if args.restore:
            version = find_version(args.draft, args.restore)
            draft = load_draft(version.path)
            save_draft(draft, args.draft, label="")
            name = f"“{version.label}”" if version.label else version.display_time
            print(f"已恢复到 {name} 的版本：{args.draft}（恢复前的稿件仍在版本列表中）")
            return 0
        if args.label is not None:
            version = find_version(args.draft, args.version)
            set_label(args.draft, version.id, args.label)
            print(f"已标记 {version.display_time} 的版本：{args.label or '（无标签）'}")
            return 0
        versions = list_versions(args.draft)
    except (HistoryError, DraftError) as exc:
        print(f"drafter: {exc}", file=sys.stderr)
        return 2
    if args.json:
        payload = [
            {"number": i, "id": v.id, "saved_at": v.saved_at, "label": v.label, "path": str(v.path)}
            for i, v in enumerate(versions, start=1)
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not versions:
        print(f"{args.draft}：还没有保存过的版本")
        return 0
    for i, v in enumerate(versions, start=1):
        label = f"  {v.label}" if v.label else ""
        print(f"{i:>3}  {v.display_time}  {v.id}{label}")
    return 0
