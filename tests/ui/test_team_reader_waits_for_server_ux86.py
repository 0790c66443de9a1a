"""Another document clicked while the team server is away: the reader kept the previous
one with only 无法打开文稿：… in the status line, and the user had to click again later. It
shows its own state instead (the document chosen, that the server is away, that it will
open by itself) and opens it when the server answers.

On the session's server, the library held offline as the window holds it when a read
finds the server away (its ``offline`` reason set); the window's own 重试 brings it back."""

from __future__ import annotations

from drafter.library import open_library

from .waits import WAIT_MS

TEXT = "{title}\n同志们：\n今天召开第{k}次会议，部署安全生产工作。\n一、提高认识\n要把第{k}项任务抓紧抓实。\n"


def test_a_document_chosen_while_away_waits_and_opens_on_reconnect(
    qtbot, tmp_path, make_window, pg_url
):
    paths = []
    for k, title in enumerate(("在全县安全生产会议上的讲话", "在全县乡村振兴会议上的讲话")):
        path = tmp_path / f"s{k}.txt"
        path.write_text(TEXT.format(title=title, k=k), encoding="utf-8")
        paths.append(path)
    library = open_library(pg_url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add(paths))
        first, second = sorted(library.documents(), key=lambda d: d.path)
        window = make_window()
        window.library_watch._reprobe.setInterval(600_000)  # the test presses 重试 itself
        window.set_library(library)
        lp, reader = window.library_panel, window.reader_panel
        qtbot.waitUntil(lambda: lp.model.row_of(second.id) is not None, timeout=WAIT_MS)
        reader.open_document(first.id)
        qtbot.waitUntil(
            lambda: reader.document_key == first.id and not reader.loading, timeout=WAIT_MS
        )
        said: list[str] = []
        reader.status_message.connect(said.append)
        library.offline = "团队资料库暂时连不上：测试中让它离线"  # as a read finding it away does
        lp.document_activated.emit(second.id)  # what a double click on its row does
        qtbot.waitUntil(lambda: reader.waiting_for == second.id, timeout=WAIT_MS)
        page = reader.view.toPlainText()
        assert "《在全县乡村振兴会议上的讲话》" in page, page
        assert "连接中断" in page and "自动打开" in page, page
        assert "postgresql://" not in page and "测试中让它离线" in page, page
        assert reader.document is None  # not the previous one under the new choice
        assert not any(s.startswith("无法打开文稿") for s in said), said

        window.library_watch.retry()  # 重试: the server answers
        qtbot.waitUntil(
            lambda: reader.document_key == second.id and not reader.loading, timeout=WAIT_MS
        )
        assert reader.waiting_for == ""
        assert "第1次会议" in reader.view.toPlainText()
    finally:
        library.offline = ""
        library.close()


def test_a_colleagues_change_is_said_with_their_name(qtbot, tmp_path, pg_cluster, pg_url):
    """李明把《…》的标题改为《…》: the name the office gave the colleague's login (COMMENT ON
    ROLE), where it said 同事 (the library did not record who made a correction)."""
    import hashlib
    from urllib.parse import urlsplit

    import psycopg

    from .reader_setup import reader_on

    database = urlsplit(pg_url).path.lstrip("/")
    role = "li_" + hashlib.sha1(pg_url.encode()).hexdigest()[:8]
    path = tmp_path / "s.txt"
    path.write_text(TEXT.format(title="在全县安全生产会议上的讲话", k=1), encoding="utf-8")
    library = open_library(pg_url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add([path]))
        doc = library.documents()[0]
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'CREATE ROLE "{role}" LOGIN')
            conn.execute(f"COMMENT ON ROLE \"{role}\" IS '李明'")
            conn.execute(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"')
            conn.execute(f'GRANT USAGE ON SCHEMA drafter TO "{role}"')
            conn.execute(
                f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA drafter TO "{role}"'
            )
            conn.execute(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA drafter TO "{role}"')
        reader = reader_on(qtbot, library, doc.id)
        said: list[str] = []
        reader.status_message.connect(said.append)
        colleague_url = pg_cluster.url(database, user=role)
        with open_library(colleague_url, workers=1, local_dir=tmp_path / "li") as colleague:
            colleague.edit_metadata(doc.id, title="全县安全生产会议讲话")
        reader.follow_library()
        qtbot.waitUntil(lambda: any("标题改为" in s for s in said), timeout=WAIT_MS)
        assert "李明把《在全县安全生产会议上的讲话》的标题改为《全县安全生产会议讲话》。" in said, (
            said
        )
        qtbot.waitUntil(lambda: not reader.loading, timeout=WAIT_MS)
        assert "更正人：李明" in reader.corrections.header_tip()
    finally:
        library.close()
