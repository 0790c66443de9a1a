"""``drafter library lists [--publish]``: a team library's office lists (review's leader
names, wording, dated phrases, words to ignore), kept on the server and mirrored into each
user's folder, where ``drafter review`` and the app read them."""

from __future__ import annotations

import argparse
import sys

from drafter.commands.library_access import guarded, open_library


def register_lists(cmds: argparse._SubParsersAction) -> None:
    """Add ``lists`` to ``drafter library``'s actions: a team's review lists live on the
    server, and a user needs them fetched into his folder (or his edits published) before
    ``drafter review`` reads them."""
    c = cmds.add_parser(
        "lists",
        help="团队资料库的本单位词表：取回，或发布本机修改过的词表",
        description="团队资料库的审稿词表：默认取回到本机；--publish 把本机修改过的词表发布给全办公室。",
    )
    c.add_argument("--publish", action="store_true", help="发布本机修改过的词表")
    c.set_defaults(func=run_lists)


@guarded
def run_lists(args: argparse.Namespace) -> int:
    """``library lists``: fetch the team library's office review lists into this user's
    folder, or with ``--publish`` send the ones edited here, each checked first so a broken
    list never reaches the whole office; a local library only says where its lists are."""
    with open_library(args, create=False) as lib:
        if not hasattr(lib, "push_office_lists"):
            print(f"词表就在资料库文件夹里：{lib.root / 'review'}", file=sys.stderr)
            return 0
        if args.publish:
            from drafter.review.office import validate_text

            folder = lib.root / "review"
            for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
                errors = validate_text(path.read_text("utf-8"), str(path))
                if errors:
                    print(f"drafter：{errors[0]}", file=sys.stderr)
                    return 2
            names = lib.push_office_lists()
            print(f"已发布 {len(names)} 个词表：{'、'.join(names) or '无变化'}", file=sys.stderr)
        else:
            names = lib.pull_office_lists()
            for name in sorted(lib.office_lists()):
                print(name)
            print(f"本机词表位置：{lib.root / 'review'}", file=sys.stderr)
    return 0
