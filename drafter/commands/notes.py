"""``drafter notes list|search|add|remove|exercises``: a trainee's notes, highlights and
提纲练习 on the library's documents, from the terminal.

The same store the app's 学习 mode writes (:mod:`drafter.study.notes`): personal, kept on this
machine beside the library (for a team library too), never sent to the database server.
"""

from __future__ import annotations

import argparse
import sys

from drafter.commands.output import print_json
from drafter.study.note_options import COLORS, LOCAL_ONLY_NOTICE

EXIT_ERROR = 2


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter notes`` and its actions (list, search, add, remove, exercises) to the
    parser drafter/cli.py builds: a trainee's notes and 提纲练习, kept on this machine beside
    the library, reachable from a shell as in the app."""
    from drafter.commands.library_access import add_library_option

    p = sub.add_parser(
        "notes",
        help="学习笔记：列出、搜索、添加、删除笔记和高亮，查看提纲练习",
        description=f"学习笔记和提纲练习。{LOCAL_ONLY_NOTICE}。",
    )
    add_library_option(p)
    p.set_defaults(func=lambda args: _usage(p))
    cmds = p.add_subparsers(dest="notes_command", metavar="ACTION")

    ls = cmds.add_parser(
        "list", help="列出笔记（默认全部，最新的在前；--doc 只列一篇，按原文顺序）"
    )
    ls.add_argument(
        "--doc", metavar="ID|PATH|TITLE", help="只列这篇文稿的笔记（编号、文件路径或标题）"
    )
    ls.add_argument("--json", action="store_true", help="以 JSON 输出（段落从 1 数起）")
    ls.set_defaults(func=run_list)

    se = cmds.add_parser("search", help="在笔记、原文摘录和文稿标题中搜索（多个词须同时出现）")
    se.add_argument("words", nargs="+", metavar="WORD", help="要搜索的词语")
    se.add_argument("--json", action="store_true", help="以 JSON 输出（段落从 1 数起）")
    se.set_defaults(func=run_search)

    ad = cmds.add_parser("add", help="给文稿中的一段文字加高亮或笔记")
    ad.add_argument(
        "doc", metavar="ID|PATH|TITLE", help="文稿编号（见 library list）、文件路径或标题"
    )
    ad.add_argument(
        "quote", metavar="TEXT", help="要标注的原文（须与原文一字不差；跨段的原文，段与段之间换行）"
    )
    ad.add_argument("--note", default="", metavar="TEXT", help="笔记内容（不给即为高亮）")
    ad.add_argument("--color", choices=COLORS, default=COLORS[0], help="高亮颜色（默认 yellow）")
    ad.add_argument(
        "--paragraph", type=int, metavar="N", help="原文出现多处时，指定第 N 段（从 1 数起）"
    )
    ad.set_defaults(func=run_add)

    rm = cmds.add_parser("remove", help="按编号删除笔记")
    rm.add_argument("ids", nargs="+", type=int, metavar="ID", help="笔记编号（见 notes list）")
    rm.set_defaults(func=run_remove)

    ex = cmds.add_parser("exercises", help="列出提纲练习记录；--show 显示与原文标题的对照")
    ex.add_argument(
        "--doc", metavar="ID|PATH|TITLE", help="只列这篇文稿的练习（编号、文件路径或标题）"
    )
    ex.add_argument("--show", type=int, metavar="ID", help="显示一次练习的对照")
    ex.add_argument("--json", action="store_true", help="以 JSON 输出")
    ex.set_defaults(func=run_exercises)

    for parser in (ls, se, ad, rm, ex):
        add_library_option(parser, suppress=True, wait=True)


def _usage(parser: argparse.ArgumentParser) -> int:
    """``notes`` without an action: the help on stderr and the usage exit status, as argparse does
    for a missing argument."""
    parser.print_help(sys.stderr)
    return EXIT_ERROR


def _guarded(action):
    """Library and notes errors become one Chinese line and exit code 2 (as in library)."""

    def run(args: argparse.Namespace) -> int:
        from drafter.commands.library_access import guarded
        from drafter.study.attempts import AttemptError
        from drafter.study.notes import NotesError

        try:
            return guarded(action)(args)
        except (NotesError, AttemptError) as exc:
            print(f"drafter：{exc}", file=sys.stderr)
            return EXIT_ERROR

    run.__doc__ = action.__doc__
    return run


def _open(args: argparse.Namespace):
    """The library and its notes store, opened together (the notes live beside it)."""
    from drafter.commands.library_access import open_library
    from drafter.study.notes import open_notes

    library = open_library(args, create=False)
    try:
        return library, open_notes(library)
    except Exception:
        library.close()
        raise


def _find_document(library, key: str):
    """The catalogue entry for an id, a file path or a title, as ``library edit`` finds it:
    ``notes add 质问国民党 …`` said 资料库里没有这篇文稿 of a text the library holds. An unknown
    key raises the :class:`LibraryError` that says what to give instead (the guard prints it)."""
    from drafter.commands.library_documents import find_document

    return find_document(library, key)


def _note_json(note) -> dict:
    """A note as JSON for scripts: paragraphs numbered from 1, as the text view and the printed list
    number them."""
    return {
        "id": note.id,
        "doc_id": note.doc_id,
        "doc_title": note.doc_title,
        "paragraph": note.paragraph + 1,
        "end_paragraph": note.last_paragraph + 1,
        "start": note.start,
        "end": note.end,
        "quote": note.quote,
        "note": note.note,
        "color": note.color,
        "created": note.created,
        "updated": note.updated,
        # the file changed and the quote is no longer in its text (re-attach it in the app)
        "unplaced": note.unplaced,
    }


def _notice(library) -> str:
    """The local-only notice, stronger on a team library (whose documents are shared)."""
    team = "；团队资料库只共享文稿，不共享笔记" if getattr(library, "shared", False) else ""
    return f"{LOCAL_ONLY_NOTICE}{team}"


def _print_notes(notes, as_json: bool, notice: str) -> None:
    """The notes as a list (or JSON), and on stderr how many and that they stay on this machine, so
    a script reading stdout gets only the notes."""
    from drafter.corpus.display import book_title

    if as_json:
        print_json([_note_json(n) for n in notes])
    else:
        for n in notes:
            kind = "笔记" if n.note.strip() else "高亮"
            if n.unplaced:
                kind += "，原文已改动，未找到这段文字"
            print(f"{n.id}  [{kind}]  {book_title(n.doc_title or n.doc_id)}{_where(n)}")
            print(f"      “{n.quote}”")
            if n.note.strip():
                print(f"      {n.note}")
    print(f"共 {len(notes)} 条（{notice}）", file=sys.stderr)


@_guarded
def run_list(args: argparse.Namespace) -> int:
    """``notes list``: every note (newest first), or one document's in reading order."""
    from drafter.corpus.display import document_title

    library, store = _open(args)
    with library, store:
        if args.doc:
            info = _find_document(library, args.doc)
            if info is None:
                print(f"drafter：{args.doc}：资料库里没有这篇文稿", file=sys.stderr)
                return EXIT_ERROR
            doc = library.load(info.id)  # the notes its file's earlier version left behind
            paragraphs = [p.text for p in doc.paragraphs()]
            known = lambda: {d.id for d in library.documents()}  # noqa: E731
            for title in dict.fromkeys((info.display_title, document_title(doc))):
                store.follow(info.id, title, paragraphs, known, info.path)
            notes = store.left_behind(info.id) + store.for_document(info.id)
        else:
            notes = store.all()
        notice = _notice(library)
    _print_notes(notes, args.json, notice)
    return 0


@_guarded
def run_search(args: argparse.Namespace) -> int:
    """``notes search``: notes whose text, quote or document title hold every word."""
    library, store = _open(args)
    with library, store:
        notes = store.search(" ".join(args.words))
        notice = _notice(library)
    _print_notes(notes, args.json, notice)
    return 0


@_guarded
def run_add(args: argparse.Namespace) -> int:
    """``notes add``: highlight (or annotate) the first place the quoted text stands, or the
    one in ``--paragraph``; says where else it stands so the user can pick another."""
    from drafter.corpus.display import book_title
    from drafter.study.note_model import quote_places

    # a quote over several paragraphs has a line break between them, as a note keeps it
    quote = "\n".join(line.strip() for line in args.quote.splitlines() if line.strip())
    if not quote:
        print("drafter：要标注的原文是空的", file=sys.stderr)
        return EXIT_ERROR
    library, store = _open(args)
    with library, store:
        info = _find_document(library, args.doc)
        if info is None:
            print(f"drafter：{args.doc}：资料库里没有这篇文稿", file=sys.stderr)
            return EXIT_ERROR
        texts = [p.text for p in library.load(info.id).paragraphs()]
        found: dict[int, tuple] = {}  # the first place in each paragraph it starts in
        for place in quote_places(texts, quote):
            found.setdefault(place[0], place)
        places = list(found)
        if args.paragraph is not None:
            wanted = args.paragraph - 1
            if wanted not in places:
                print(
                    f"drafter：第 {args.paragraph} 段中没有“{quote}”"
                    + (f"（出现在第 {_numbers(places)} 段）" if places else ""),
                    file=sys.stderr,
                )
                return EXIT_ERROR
            places = [wanted] + [p for p in places if p != wanted]
        if not places:
            print(
                f"drafter：{book_title(info.display_title)}中找不到“{quote}”"
                "（须与原文一字不差；跨段的原文，段与段之间换行）",
                file=sys.stderr,
            )
            return EXIT_ERROR
        index, start, last, end = found[places[0]]
        note = store.add(
            info.id,
            index,
            start,
            end,
            quote,
            note=args.note,
            color=args.color,
            doc_title=info.display_title,
            doc_path=info.path,
            end_paragraph=last,
        )
    kind = "笔记" if note.note.strip() else "高亮"
    print(f"已加{kind} {note.id}：{book_title(note.doc_title)}{_where(note)}“{quote}”")
    if len(places) > 1:
        print(
            f"原文还出现在第 {_numbers(places[1:])} 段；要标那里，用 --paragraph 指定",
            file=sys.stderr,
        )
    return 0


@_guarded
def run_remove(args: argparse.Namespace) -> int:
    """``notes remove``: delete notes by id; a missing id is named and makes the exit code 2."""
    library, store = _open(args)
    missing = 0
    with library, store:
        for note_id in args.ids:
            if store.remove(note_id):
                print(f"已删除笔记 {note_id}")
            else:
                missing += 1
                print(f"drafter：没有编号为 {note_id} 的笔记", file=sys.stderr)
    return EXIT_ERROR if missing else 0


@_guarded
def run_exercises(args: argparse.Namespace) -> int:
    """``notes exercises``: the saved 提纲练习, or one of them beside the original headings."""
    from drafter.corpus.display import book_title

    library, store = _open(args)
    with library, store:
        if args.show is not None:
            attempt = store.attempts.get(args.show)
            if args.json:
                print_json(attempt.to_json())
            else:
                print(render_attempt(attempt))
            return 0
        if args.doc:
            info = _find_document(library, args.doc)
            if info is None:
                print(f"drafter：{args.doc}：资料库里没有这篇文稿", file=sys.stderr)
                return EXIT_ERROR
            attempts = store.attempts.for_document(info.id)
        else:
            attempts = store.attempts.all()
        notice = _notice(library)
    if args.json:
        print_json([a.to_json() for a in attempts])
        return 0
    for a in attempts:
        print(
            f"{a.id}  {book_title(a.doc_title or a.doc_id)}  {a.updated[:16].replace('T', ' ')}  "
            f"{attempt_state(a)}"
        )
    print(f"共 {len(attempts)} 次练习（{notice}）", file=sys.stderr)
    return 0


def attempt_state(attempt) -> str:
    """How far an attempt got, as the list shows it: 已对照 with the score, or 未完成."""
    written = f"写了 {attempt.filled}/{len(attempt.answers)} 个标题"
    if attempt.revealed and attempt.score is not None:
        return f"已对照，相近度 {attempt.score * 100:.0f}%，{written}"
    return f"未完成，{written}"


def render_attempt(attempt) -> str:
    """One attempt as text: each of the trainee's headings above the original, with the score;
    once compared, over each group of sibling headings the line the app shows on how the
    originals are built and what the trainee's did differently (:mod:`drafter.study.exercise.lessons`)."""
    from drafter.corpus.display import book_title
    from drafter.study.exercise.lessons import group_lessons  # the exercise's, only here

    lines = [
        f"提纲练习 {attempt.id}：{book_title(attempt.doc_title or attempt.doc_id)}  {attempt_state(attempt)}"
    ]
    opening = {g.members[0]: g for g in group_lessons(attempt.answers)} if attempt.revealed else {}
    for n, a in enumerate(attempt.answers):
        pad = "  " * max(0, a.depth - 1)
        if n in opening:
            lines.append(f"{pad}{opening[n].line}")
        lines.append(f"{pad}{a.marker}{a.mine or '（未填）'}")
        if attempt.revealed:
            lines.append(f"{pad}  原文：{a.marker}{a.original}　{a.score * 100:.0f}%")
    return "\n".join(lines)


def _where(note) -> str:
    """Where a note stands, as a reader counts: 第 3 段, or 第 3–5 段 over several (原在第 3 段
    for a note whose words the changed file lost)."""
    was = "原在" if note.unplaced else ""
    if note.last_paragraph == note.paragraph:
        return f"{was}第 {note.paragraph + 1} 段"
    return f"{was}第 {note.paragraph + 1}–{note.last_paragraph + 1} 段"


def _numbers(indexes) -> str:
    """Paragraph indexes as the 1-based numbers a reader sees (3、4、7)."""
    return "、".join(str(i + 1) for i in indexes)
