"""``drafter library add FOLDER`` makes the folder a watched folder, as the app's 导入文件夹 does:
new, changed and deleted files in it are picked up by the next ``library sync``, and the command
says so in Chinese. Real files through the real reading pipeline (the bundled sample corpus)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.library import Library

SAMPLES = Path(__file__).resolve().parents[2] / "corpus"
NAMES = (
    "01_office_training_speech.txt",
    "03_commendation_speech.md",
    "06_government_work_report.txt",
)


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder of two of the bundled speeches (a third is kept aside to be added later)."""
    path = tmp_path / "讲话稿"
    path.mkdir()
    for name in NAMES[:2]:
        shutil.copy(SAMPLES / name, path / name)
    return path


def _run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def test_an_added_folder_is_watched_and_synced_later(folder, tmp_path, capsys):
    lib = str(tmp_path / "lib")
    code, err = _run(capsys, "--library", lib, "library", "add", str(folder))
    assert code == 0 and "新增 2" in err
    assert f"已监视文件夹：{folder.resolve()}" in err and "drafter library sync" in err

    # Later the writer adds one speech, edits one and deletes one, then syncs without arguments.
    shutil.copy(SAMPLES / NAMES[2], folder / NAMES[2])
    first = folder / NAMES[0]
    first.write_text(first.read_text("utf-8") + "\n会后各单位要抓好落实。\n", "utf-8")
    (folder / NAMES[1]).unlink()
    code, err = _run(capsys, "--library", lib, "library", "sync")
    assert code == 0, err
    assert "新增 1" in err and "更新 1" in err and "移除 1" in err
    with Library.open(lib) as library:
        assert library.watched_folders() == [str(folder.resolve())]
        assert sorted(Path(d.path).name for d in library.documents()) == sorted(NAMES[::2])

    # Adding it again, or a folder inside it, adds no second entry and says why.
    inner = folder / "二〇二四"
    inner.mkdir()
    code, err = _run(capsys, "--library", lib, "library", "add", str(folder), str(inner))
    assert f"文件夹已在监视中：{folder.resolve()}" in err
    assert f"文件夹 {inner.resolve()} 在已监视的文件夹 {folder.resolve()} 之内" in err
    with Library.open(lib) as library:
        assert library.watched_folders() == [str(folder.resolve())]


def test_no_watch_imports_once_and_files_are_never_watched(folder, tmp_path, capsys):
    lib = str(tmp_path / "lib")
    code, err = _run(capsys, "--library", lib, "library", "add", "--no-watch", str(folder))
    assert code == 0 and "新增 2" in err and "监视" not in err
    single = tmp_path / NAMES[2]
    shutil.copy(SAMPLES / NAMES[2], single)
    code, err = _run(capsys, "--library", lib, "library", "add", str(single))
    assert code == 0 and "新增 1" in err and "监视" not in err
    with Library.open(lib) as library:
        assert library.watched_folders() == []


def test_removing_a_watched_document_warns_and_unwatch_stops_the_sync(folder, tmp_path, capsys):
    """A document removed while its file stays in a watched folder comes back at the next sync:
    ``library remove`` says so and how to stop it, and ``library unwatch`` stops it."""
    lib = str(tmp_path / "lib")
    _run(capsys, "--library", lib, "library", "add", str(folder))
    with Library.open(lib) as library:
        doc = next(d for d in library.documents() if d.path.endswith(NAMES[0]))
    code, err = _run(capsys, "--library", lib, "library", "remove", doc.id)
    assert code == 0 and f"已移除：{doc.id}" in err
    assert f"原文件在监视的文件夹 {folder.resolve()} 中，下次同步时会重新导入" in err
    assert f"drafter library unwatch {folder.resolve()}" in err

    code, err = _run(capsys, "--library", lib, "library", "unwatch", str(tmp_path / "别处"))
    assert code == 2 and f"不是监视的文件夹（监视的：{folder.resolve()}）" in err
    code, err = _run(capsys, "--library", lib, "library", "unwatch", str(folder))
    assert code == 0 and f"已停止监视：{folder.resolve()}" in err
    code, err = _run(capsys, "--library", lib, "library", "sync")
    # no folder watched: the file left in the library is re-read if it changed, nothing more
    assert code == 0 and "未变 1" in err
    with Library.open(lib) as library:
        assert len(library.documents()) == 1  # the removed one stays out, the other stays in
    # a document outside any watched folder is removed without a warning
    code, err = _run(capsys, "--library", lib, "library", "remove", str(folder / NAMES[1]))
    assert code == 0 and "监视" not in err


def test_a_sync_of_several_folders_names_each(folder, tmp_path, capsys):
    """Two watched folders gave two bare 完成：… lines (未变 15 / 未变 8) with nothing to say
    which folder each counted; each line now names its folder (one folder stays bare)."""
    lib = str(tmp_path / "lib")
    other = tmp_path / "报告"
    other.mkdir()
    shutil.copy(SAMPLES / NAMES[2], other / NAMES[2])
    code, _err = _run(capsys, "--library", lib, "library", "add", str(folder), str(other))
    assert code == 0
    code, err = _run(capsys, "--library", lib, "library", "sync")
    assert code == 0, err
    assert f"完成（{folder.resolve()}）：新增 0，更新 0，未变 2" in err
    assert f"完成（{other.resolve()}）：新增 0，更新 0，未变 1" in err
    code, err = _run(capsys, "--library", lib, "library", "sync", str(other))
    assert "完成：新增 0，更新 0，未变 1" in err
