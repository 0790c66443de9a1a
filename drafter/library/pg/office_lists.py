"""The office lists (review's leader names, wording and so on) kept in the team library
for the whole office, and mirrored into each user's local folder, where review reads them.

A part of :class:`~drafter.library.pg.library.PgLibrary`.
"""

from __future__ import annotations

from drafter.library.pg import store


class PgOfficeLists:
    """Reading, publishing and mirroring the office's shared lists."""

    def office_lists(self) -> dict[str, str]:
        """Every office list the team published (file name -> TOML text), read from the
        server each time: a colleague's change is seen at the next pull, not cached."""
        return self._read(
            lambda conn: {
                name: content
                for name, content in conn.execute(
                    "SELECT name, content FROM drafter.office_lists ORDER BY name"
                )
            }
        )

    def put_office_list(self, name: str, content: str) -> None:
        """Create or replace one office list for the whole office (who and when are kept on
        the row), bumping the library's generation so other windows notice."""
        with self._conn() as conn, conn.transaction():
            conn.execute(
                "INSERT INTO drafter.office_lists (name, content) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET content = EXCLUDED.content, "
                "updated = now(), updated_by = current_user",
                (name, content),
            )
            store.bump(conn)

    LISTS_FOLDER = "review"  # where drafter.review reads office lists: <library.root>/review

    def pull_office_lists(self) -> list[str]:
        """Write the team's office lists into this user's local folder, where review reads
        them (``root/review``); returns the names written. Lists the team has not set are
        left alone (review falls back to its defaults)."""
        from drafter.atomic import atomic_write_text

        written = []
        folder = self.root / self.LISTS_FOLDER
        for name, content in self.office_lists().items():
            path = folder / name
            try:
                if path.is_file() and path.read_text("utf-8") == content:
                    continue
                folder.mkdir(parents=True, exist_ok=True)
                atomic_write_text(path, content)
            except OSError:
                continue  # a local mirror only: review then uses what it has
            written.append(name)
        return written

    def push_office_lists(self) -> list[str]:
        """Publish this user's edited office lists (``root/review/*.toml``) to the team;
        returns the names published."""
        folder = self.root / self.LISTS_FOLDER
        published = []
        current = self.office_lists()
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            content = path.read_text("utf-8")
            if current.get(path.name) != content:
                self.put_office_list(path.name, content)
                published.append(path.name)
        return published

    def remove_office_list(self, name: str) -> bool:
        """Delete one office list; False when there was none."""
        with self._conn() as conn, conn.transaction():
            gone = conn.execute(
                "DELETE FROM drafter.office_lists WHERE name = %s", (name,)
            ).rowcount
            store.bump(conn)
        return bool(gone)
