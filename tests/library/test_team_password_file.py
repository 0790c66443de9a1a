"""A writer's ~/.pgpass slips, said with the fix, on a real server that asks for the role's
password: the file readable by others (libpq ignores it and warns only on stderr), a line
naming another database, no file where libpq looks, a wrong password on the line. Before,
the first three were all 服务器要求密码，但没有找到（请放在 ~/.pgpass…）, to a writer who had
put it there."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from test_team_keyring import password_role  # noqa: F401 - the fixture

from drafter.library import LibraryError, open_library
from drafter.library.pg.connect import connect


@pytest.fixture
def no_keyring():
    """No keyring on this machine: the password comes from the file or nowhere."""
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def _refusal(url: str, tmp_path) -> str:
    with pytest.raises(LibraryError) as said:
        open_library(url, local_dir=tmp_path / "local")
    return str(said.value)


def test_password_file_slips_are_named_with_their_fix(
    password_role,  # noqa: F811 - the fixture imported above
    no_keyring,
    tmp_path,
    monkeypatch,
):
    url, password = password_role
    host = url.split("host=", 1)[1].split("&", 1)[0]  # the socket folder, as libpq matches it
    database = url.split("@/", 1)[1].split("?", 1)[0]
    role = url.split("://", 1)[1].split("@", 1)[0]
    passfile = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.delenv("PGPASSWORD", raising=False)

    said = _refusal(url, tmp_path)
    assert f"{passfile} 不存在" in said
    assert f"{host}:5432:{database}:{role}:密码" in said, said

    passfile.write_text(f"# 团队资料库\n{host}:5432:{database}:{role}:{password}\n")
    passfile.chmod(0o644)  # as an editor saves it
    said = _refusal(url, tmp_path)
    assert "权限是 0644" in said and f"chmod 600 {passfile}" in said, said
    passfile.chmod(0o600)
    connect(url).close()  # the same file, now read: the line was right

    passfile.write_text(f"{host}:5432:drafter:{role}:{password}\n")
    said = _refusal(url, tmp_path)
    assert f"{passfile} 第 1 行写的是库 drafter（地址里是 {database}）" in said, said

    passfile.write_text(f"{host}:*:*:{role}:not-the-password\n")
    said = _refusal(url, tmp_path)
    assert f"密码不对（用的是 {passfile} 第 1 行的密码" in said, said
    assert "not-the-password" not in said and password not in said
