"""``current_version``: the record a view should show for a document it holds, after a sync
re-read its changed file under a new id (the reader showed the old text under a gone id)."""

from __future__ import annotations

from drafter.library import Library


def test_current_version_follows_a_changed_file_to_its_new_id(tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text("在全县会议上的讲话\n同志们：\n一、提高认识\n要提高认识。\n", encoding="utf-8")
    with Library.open(tmp_path / "lib", workers=1) as lib:
        list(lib.add([path]))
        old = lib.documents()[0]
        assert lib.current_version(old.id, old.path) == old
        path.write_text(path.read_text(encoding="utf-8") + "谢谢大家！\n", encoding="utf-8")
        list(lib.add([path]))
        new = lib.documents()[0]
        assert new.id != old.id and lib.document(old.id) is None
        assert lib.current_version(old.id, old.path) == new
        assert lib.current_version(old.id, None) is None
        assert lib.current_version(old.id, str(tmp_path / "其他.txt")) is None
