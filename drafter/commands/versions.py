"""``drafter versions DRAFT [--label TEXT [--version REF]] [--restore REF] [--json]``:
the versions a draft keeps beside it (``NAME.history/``), their labels, and restoring one."""

from __future__ import annotations

import argparse
import os
import sys

from drafter.commands.output import print_json
from drafter.messages import cli_error


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter versions`` to the parser drafter/cli.py builds: the versions kept beside
    a draft listed, labelled (送审稿) or restored, so a version can be named in ``compare``
    (``DRAFT.json@送审稿``) and found again after the app is closed."""
    p = sub.add_parser("versions", help="列出、标注或恢复草稿保存的版本（NAME.history/）")
    p.add_argument("draft", metavar="DRAFT", help="草稿 .json")
    p.add_argument("--label", metavar="TEXT", help="给版本加标签（送审稿、修改稿二）；'' 清除标签")
    p.add_argument(
        "--version",
        metavar="REF",
        default="1",
        help="要加标签的版本：列表中的序号（1 为最新）、编号或标签",
    )
    p.add_argument(
        "--restore",
        metavar="REF",
        help="把某个版本恢复为当前草稿（当前稿仍留在历史中）",
    )
    p.add_argument("--json", action="store_true", help="以 JSON 输出列表")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """List, label or restore versions; exit 2 on a missing version or draft."""
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
        if not versions and not os.path.isfile(args.draft):
            # a mistyped name was told 还没有保存过的版本, as if the draft were there
            said = "这是文件夹，不是稿件文件" if os.path.isdir(args.draft) else "找不到稿件文件"
            where = os.path.abspath(os.path.expanduser(args.draft))
            print(f"drafter：{where}：{said}", file=sys.stderr)
            return 2
    except (HistoryError, DraftError) as exc:
        print(f"drafter：{cli_error(exc)}", file=sys.stderr)
        return 2
    if args.json:
        payload = [
            {
                "number": i,
                "id": v.id,
                "saved_at": v.saved_at,
                "label": v.label,
                "path": str(v.path),
                "same_as": v.same_as or None,  # a re-save of this earlier version's text
            }
            for i, v in enumerate(versions, start=1)
        ]
        print_json(payload)
        return 0
    if not versions:
        print(f"{args.draft}：还没有保存过的版本")
        return 0
    from drafter.drafts.comments import comment_tally

    for i, v in enumerate(versions, start=1):
        label = f"  {v.label}" if v.label else ""
        if v.same_as:  # an old version restored and saved again
            label += f"  （同 {v.first_saved[:16].replace('T', ' ')} 的版本）"
        try:  # versions under review differ in their comments more than in their words
            said = f"  批注 {comment_tally(load_draft(v.path).comments)}"
        except DraftError:
            said = "  （无法读取）"
        print(f"{i:>3}  {v.display_time}  {v.id}{said}{label}")
    return 0
