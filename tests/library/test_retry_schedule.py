"""The pace of the window's automatic retries of a team library whose server was out of
reach at the open, and which failures get them: a server away for now does, a wrong
server name, password or database does not (waiting mends none of those)."""

from __future__ import annotations

from itertools import islice

import pytest

from drafter.library.model import LibraryError, ServerAway
from drafter.library.retry_schedule import retry_delays
from drafter.messages import out_of_reach, server_gone


def test_retries_start_soon_double_and_settle_at_a_minute():
    assert list(islice(retry_delays(), 7)) == [5, 10, 20, 40, 60, 60, 60]
    assert list(islice(retry_delays(1, 3), 4)) == [1, 2, 3, 3]


@pytest.mark.parametrize(("first", "longest"), [(0, 60), (10, 5)])
def test_a_schedule_that_would_spin_or_shrink_is_refused(first, longest):
    with pytest.raises(ValueError, match="retry delays"):
        next(retry_delays(first, longest))


@pytest.mark.parametrize(
    ("said_by_libpq", "expected", "retried"),
    [
        (
            "failed to resolve host 'db.offfice': [Errno -2] Name or service not known",
            "找不到服务器 db.office：请核对服务器地址",
            False,
        ),
        (
            'could not translate host name "db.offfice" to address: Name or service not known',
            "找不到服务器 db.office：请核对服务器地址",
            False,
        ),
        (
            'connection to server on socket "/x/.s.PGSQL.5432" failed: FATAL:  database '
            '"nodb" does not exist',
            "服务器上没有数据库 nodb：请核对地址里的数据库名；名字没错的话，请让管理员建库",
            False,
        ),
        (
            'failed: FATAL:  role "li" does not exist',
            "服务器上没有用户 li：请核对地址里的用户名；名字没错的话，请让管理员为你建账号",
            False,
        ),
        ('password authentication failed for user "wang"', "密码不对（请核对", False),
        ("connection refused", "服务器 db.office 拒绝连接", True),
        ("connection timeout expired", "连接服务器 db.office 超时", True),
    ],
)
def test_which_failures_are_retried_by_themselves(said_by_libpq, expected, retried):
    psycopg = pytest.importorskip("psycopg")
    from drafter.library.pg.connect import connection_error

    error = connection_error(
        "postgresql://wang@db.office/drafter", psycopg.OperationalError(said_by_libpq)
    )
    assert expected in str(error)
    assert out_of_reach(error) is retried


@pytest.mark.parametrize(
    ("make", "gone"),
    [
        (lambda: ServerAway("团队资料库连接中断"), True),  # held offline by the window
        (lambda: _named("ConnectionLost")("连接中断"), True),  # lost in the middle
        (lambda: _named("ServerUnreachable")("无法连接"), True),  # out of reach
        (lambda: LibraryError("没有写入团队资料库的权限"), False),  # waiting mends nothing
        (lambda: ValueError("检索式有误"), False),  # the query's fault, not the server's
    ],
)
def test_server_gone_names_what_waiting_mends(make, gone):
    """One answer for the search panel and the imports (each kept a copy): a server away,
    a connection lost, a server out of reach, by the classes' names so no PostgreSQL
    driver is needed; any other failure is not the server's going."""
    assert server_gone(make()) is gone


def _named(name: str) -> type:
    """A LibraryError subclass called ``name``, as drafter.library.pg.connect's are."""
    return type(name, (LibraryError,), {})
