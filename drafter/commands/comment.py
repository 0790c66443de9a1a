"""``drafter comment list|add|reply|resolve|reopen|delete DRAFT …``: comments (批注) from
the command line, so the office head's whole loop runs without the app.

``add`` finds the words to comment on (``--at``) in the draft's headings and paragraphs
(the first occurrence, or the one under ``--under`` a heading, or the ``--nth``); a
heading's whole words make a comment on the heading. ``--under`` alone names a heading:
the comment is on it, or with ``--whole`` on its (``--nth``) paragraph. ``--on 标题`` (副标题, 讲话人, 职务,
日期) comments on a field of the title block, or on words in it with ``--at``. A comment is named by its number in
``list`` or by its id (or a unique start of it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drafter.commands.output import print_json
from drafter.drafts.title_fields import TITLE_FIELDS  # light: names only, no draft model


class _Refused(Exception):
    """A request the command turns down (words not found, no such comment): printed as one Chinese
    line with exit status 2, like a bad draft file."""


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter comment`` and its actions (list, add, reply, resolve, reopen, delete) to
    the parser drafter/cli.py builds: the office head's loop over a writer's draft, runnable
    from a shell or a script without the app."""
    p = sub.add_parser("comment", help="批注：列出、添加、回复、解决、删除稿件中的批注")
    actions = p.add_subparsers(dest="comment_action", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="按在稿中的先后列出批注（稿件或 Word 等文稿）")
    ls.add_argument("draft", metavar="FILE", help="稿件 .json，或写作者发回的 .docx 等文稿（只读）")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(func=_guard(_list))

    add = actions.add_parser("add", help="在指定文字、段落或标题上加批注")
    add.add_argument("draft", metavar="DRAFT", help="稿件 .json")
    add.add_argument("text", metavar="TEXT", help="批注内容")
    add.add_argument("--at", metavar="WORDS", help="要批注的文字（标题的全部文字即批注该标题）")
    add.add_argument(
        "--on",
        metavar="FIELD",
        choices=[name for _key, name in TITLE_FIELDS],
        help="批注稿头：标题、副标题、讲话人、职务、日期或场合（可与 --at 合用，批注其中的文字）",
    )
    add.add_argument("--under", metavar="HEADING", help="只在这个标题（含其下级）下查找")
    add.add_argument("--nth", type=int, default=1, metavar="N", help="第 N 处出现（默认第 1 处）")
    add.add_argument(
        "--whole",
        action="store_true",
        help="批注所在的整段（或整个标题）；只给 --under 时批注该标题下的第 N 段（默认第 1 段）",
    )
    _author(add)
    add.set_defaults(func=_guard(_add))

    reply = actions.add_parser("reply", help="回复一条批注")
    reply.add_argument("draft", metavar="DRAFT", help="稿件 .json")
    reply.add_argument("ref", metavar="REF", help="批注编号（list 中的序号）或 id")
    reply.add_argument("text", metavar="TEXT", help="回复内容")
    _author(reply)
    reply.set_defaults(func=_guard(_reply))

    for name, helptext in (("resolve", "标为已解决"), ("reopen", "重新打开"), ("delete", "删除")):
        a = actions.add_parser(name, help=f"把一条批注{helptext}")
        a.add_argument("draft", metavar="DRAFT", help="稿件 .json")
        a.add_argument("ref", metavar="REF", help="批注编号（list 中的序号）或 id")
        a.set_defaults(func=_guard(_state), state=name)


def _author(p: argparse.ArgumentParser) -> None:
    """Add --author to an action that writes a comment or a reply (the name shown in Word and in the
    margin list)."""
    p.add_argument("--author", default="", metavar="NAME", help="署名（默认取首选项中的批注署名）")


def _guard(func):
    """Run an action so that a refused request or a bad draft file ends as one line on stderr and
    status 2, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        from drafter.drafts.store import DraftError
        from drafter.messages import cli_error

        try:
            return func(args)
        except _Refused as exc:
            print(f"drafter：{exc}", file=sys.stderr)
            return 2
        except DraftError as exc:  # the core's English, said in Chinese with the full path
            print(f"drafter：{cli_error(exc, [args.draft])}", file=sys.stderr)
            if _reads_as_document(args.draft):
                # the writer's Word file: its comments are listed, not written into
                print(
                    f"提示：要在这份文稿上批注，先转为稿件：drafter new --from "
                    f"{args.draft} -o 稿件.json",
                    file=sys.stderr,
                )
            return 2

    return run


def _reads_as_document(path: str) -> bool:
    """Whether ``path``, refused as a draft, is a document the app opens (the writer's
    Word file): the refusal then says how to make a draft of it."""
    if Path(path).suffix.lower() == ".json" or not Path(path).is_file():
        return False
    from drafter.drafts.open_any import open_as_draft

    try:
        open_as_draft(path)
    except Exception:  # noqa: BLE001 - unreadable: the refusal alone says enough
        return False
    return True


def _default_author(args: argparse.Namespace) -> str:
    """The name a comment is signed with: --author, else the reviewer name of the Preferences,
    else the account's name (as the app proposes it), else none (a broken settings file must
    not stop the command)."""
    if args.author:
        return args.author
    from drafter.settings import Settings, account_name, default_settings_path

    try:
        name = Settings.load(default_settings_path()).reviewer_name.strip()
    except Exception:  # noqa: BLE001 - no settings: the account's name
        name = ""
    return name or account_name()


def _list(args: argparse.Namespace) -> int:
    """``comment list``: the draft's comments in reading order (title block first), numbered as
    ``reply``/``resolve`` take them, or as JSON."""
    from drafter.corpus.model import ReadError
    from drafter.drafts.anchors import describe_place, in_reading_order, target_index
    from drafter.drafts.open_any import open_as_draft
    from drafter.drafts.revision_places import placed_changes

    try:  # a draft, or the writer's Word file read as one (its comments and replies)
        draft = open_as_draft(args.draft)
    except ReadError as exc:
        from drafter.messages import cli_error

        raise _Refused(cli_error(exc, [args.draft])) from None
    comments = in_reading_order(draft)
    index = target_index(draft)
    changes = placed_changes(args.draft, draft)  # the 修订 a Word file still holds
    if args.json:
        payload = []
        for i, c in enumerate(comments, start=1):
            payload.append({"number": i, "place": describe_place(draft, c, index), **c.to_json()})
        print_json(payload)
        if changes:  # the list stays a list of comments: the 修订 said beside it
            note = f"注意：{_pending_note(args.draft)}，未列入 JSON；不带 --json 运行可逐条列出"
            print(note, file=sys.stderr)
        return 0
    if not comments:
        print(f"{args.draft}：没有批注")
    settled = {c.id for c in _settled(draft)}
    for i, c in enumerate(comments, start=1):
        state = "已解决" if c.resolved else "未解决"
        if c.id in settled:
            state += "·复查已改好"
        who = " ".join(x for x in (c.author, c.time[:16].replace("T", " ")) if x)
        print(f"{i:>3}. [{state}] {describe_place(draft, c, index)}  {who}  ({c.id})")
        print(_indented(c.text, "     "))
        for r in c.replies:
            print(_indented(f"↳ {r.author or '回复'}：{r.text}", "     ", "       "))
    if settled:
        how = (
            f"drafter comment resolve {args.draft} 编号"
            if args.draft.lower().endswith(".json")
            else "在程序中打开为稿件后，点审稿面板的“解决已改好的批注”"
        )
        print(f"其中 {len(settled)} 条审稿批注所说的问题，重新审稿已不再发现，可以解决（{how}）")
    if changes:
        _print_changes(args.draft, changes)
    return 0


def _settled(draft) -> list:
    """The open review comments whose problem a fresh review (built-in lists, no reuse
    check: the problems a comment names) no longer finds: a head reading the writer's
    reply sees which comments the writer has dealt with (drafter.review.settled)."""
    if not any(not c.resolved for c in draft.comments):
        return []
    from drafter.review import review_draft
    from drafter.review.settled import settled_comments

    result = review_draft(draft)
    return settled_comments(draft, [*result.findings, *result.dismissed])


def _pending_note(path: str) -> str:
    """What a file with pending 修订 is said to hold, counted as Word counts them, and
    where they are settled."""
    from drafter.drafts.word_revisions import pending_words

    return f"{path} 有 {pending_words(path)}未接受或拒绝（在 Word 中用「审阅 › 接受/拒绝」处理）"


def _print_changes(path: str, changes) -> None:
    """The pending 修订 after the comments: kind, words, place, who and when, so the list
    no longer says 没有批注 and nothing else over a file with changes waiting."""
    print()
    print(_pending_note(path) + "：")
    for i, ch in enumerate(changes, start=1):
        words = ch.words if len(ch.words) <= 30 else ch.words[:29] + "…"
        who = " ".join(x for x in (ch.author, ch.date) if x)
        print(f"{i:>3}. [{ch.kind}] “{words}”  {ch.place}  {who}".rstrip())


def _indented(text: str, first: str, rest: str | None = None) -> str:
    """A comment of several lines (Word keeps a colleague's line breaks) printed under its
    number: every line indented, not only the first."""
    rest = first if rest is None else rest
    lines = text.splitlines() or [""]
    return "\n".join([first + lines[0]] + [rest + ln for ln in lines[1:]])


def _find(draft, words: str, under: str | None, nth: int):
    """``(target id, start, end, whole text)`` of the ``nth`` occurrence of ``words``."""
    from drafter.drafts.anchors import iter_targets

    def inside(node) -> bool:
        if under is None:
            return True
        n = node
        while n is not None:
            if under in n.heading:
                return True
            n = parents.get(n.id)
        return False

    parents: dict[str, object] = {}

    def link(nodes, parent):
        for n in nodes:
            parents[n.id] = parent
            link(n.children, n)

    link(draft.sections, None)
    seen = 0
    for _part, node, para in iter_targets(draft):
        if under is not None and (node is None or not inside(node)):
            continue
        text = para.text if para is not None else node.heading
        tid = para.id if para is not None else node.id
        at = text.find(words)
        while at >= 0:
            seen += 1
            if seen == nth:
                return tid, at, at + len(words), text
            at = text.find(words, at + 1)
    where = f"“{under}”下" if under else "稿件中"
    raise _Refused(f"{where}找不到第 {nth} 处“{words}”")


def _find_under(draft, under: str, paragraph: bool, nth: int):
    """``(target id, start, end, whole text)`` by a heading alone (``--under`` without
    ``--at``): the first heading naming ``under``, or with ``--whole`` its ``nth``
    paragraph, the paragraph(s) under a heading being what a head comments on by its name
    (a heading without paragraphs of its own: the first under its subheadings)."""
    node = next((n for n in draft.walk() if under in n.heading), None)
    if node is None:
        raise _Refused(f"稿件中找不到标题“{under}”")
    if not paragraph:
        return node.id, 0, len(node.heading), node.heading
    paras = node.paragraphs or [p for n in node.walk() for p in n.paragraphs][:1]
    if not paras:
        raise _Refused(f"标题“{node.heading}”下没有段落")
    if not 1 <= nth <= len(paras):
        raise _Refused(f"标题“{node.heading}”下只有 {len(paras)} 段，没有第 {nth} 段")
    return paras[nth - 1].id, 0, len(paras[nth - 1].text), paras[nth - 1].text


def _find_in_field(draft, name: str, words: str | None, nth: int):
    """``(target, start, end, field text)`` for a comment on the title block's field
    ``name`` (标题…), on the ``nth`` occurrence of ``words`` in it when given."""
    from drafter.drafts.anchors import meta_target

    key = next(k for k, n in TITLE_FIELDS if n == name)
    text = getattr(draft.meta, key)
    if not words:
        return meta_target(key), 0, len(text), text
    at, seen = text.find(words), 0
    while at >= 0:
        seen += 1
        if seen == nth:
            return meta_target(key), at, at + len(words), text
        at = text.find(words, at + 1)
    raise _Refused(f"{name}“{text}”中找不到第 {nth} 处“{words}”")


def _add(args: argparse.Namespace) -> int:
    """``comment add``: a comment on the words of a heading or paragraph (--at), or on a title-block
    field (--on), saved into the draft."""
    from drafter.drafts.anchors import add_comment
    from drafter.drafts.store import load_draft, save_draft

    draft = load_draft(args.draft)
    if args.on:
        tid, start, end, text = _find_in_field(draft, args.on, args.at, args.nth)
    elif args.at:
        tid, start, end, text = _find(draft, args.at, args.under, args.nth)
    elif args.under:
        tid, start, end, text = _find_under(draft, args.under, args.whole, args.nth)
    else:
        raise _Refused("请用 --at 指明要批注的文字，--under 指明标题，或用 --on 指明稿头的项目")
    whole = args.whole or (start == 0 and end == len(text))
    comment = add_comment(
        draft,
        tid,
        args.text,
        author=_default_author(args),
        start=None if whole else start,
        end=None if whole else end,
    )
    save_draft(draft, args.draft)
    print(f"已添加批注 {comment.id}（共 {len(draft.comments)} 条）")
    _say_unsigned(comment.author)
    return 0


def _say_unsigned(author: str) -> None:
    """A comment or reply saved with no name (no --author, no 批注署名 in the Preferences,
    an account like root that names no one): said, with how to sign. Word shows such a
    comment under 审阅人 and the writer cannot tell whose it is; before, nothing was said."""
    if not author:
        print(
            "提示：这条批注没有署名（写稿人在 Word 中只看到“审阅人”）；"
            "用 --author 姓名，或在应用的「首选项 › 审稿」中设批注署名",
            file=sys.stderr,
        )


def _pick(draft, ref: str):
    """The comment a REF names: its number in ``comment list`` or a unique prefix of its id;
    anything else is refused rather than guessed."""
    from drafter.drafts.anchors import in_reading_order

    comments = in_reading_order(draft)
    # A short number is a list number and nothing else: ids are hex, so "9" read as an id
    # prefix would pick a comment whose id happens to start with 9 (one time in sixteen).
    is_number = ref.isdigit() and len(ref) < 6
    if is_number and 1 <= int(ref) <= len(comments):
        return comments[int(ref) - 1]
    hits = [] if is_number else [c for c in comments if c.id.startswith(ref)]
    if len(hits) == 1:
        return hits[0]
    raise _Refused(
        f"没有编号或 id 为“{ref}”的批注（共 {len(comments)} 条，见 drafter comment list）"
    )


def _reply(args: argparse.Namespace) -> int:
    """``comment reply``: a reply appended to a comment's thread, signed like a comment."""
    from drafter.drafts.comments import Reply, now_iso
    from drafter.drafts.store import load_draft, save_draft

    draft = load_draft(args.draft)
    c = _pick(draft, args.ref)
    author = _default_author(args)
    c.replies.append(Reply(args.text, author=author, time=now_iso()))
    save_draft(draft, args.draft)
    print(f"已回复批注 {c.id}")
    _say_unsigned(author)
    return 0


def _state(args: argparse.Namespace) -> int:
    """``comment resolve|reopen|delete``: change one comment's state, or remove it, and save the
    draft."""
    from drafter.drafts.store import load_draft, save_draft

    draft = load_draft(args.draft)
    c = _pick(draft, args.ref)
    if args.state == "delete":
        draft.comments = [x for x in draft.comments if x.id != c.id]
        done = "已删除"
    else:
        c.resolved = args.state == "resolve"
        done = "已解决" if c.resolved else "已重新打开"
    save_draft(draft, args.draft)
    print(f"{done}批注 {c.id}")
    return 0
