"""The team-library banner's first line puts the reason and its fix before anything long:
the library by its short name (本机/drafter), the whole address in the tooltip. The line is
cut at the window's edge; with the address first, at 1280×720 a .pgpass fix
(…请运行 chmod 600 /home/li/.pgpass) lost its end and the writer saw 请运… (ux82's walk)."""

from __future__ import annotations

import pytest

from drafter.ui.offline_banner import OfflineBanner

URL = (
    "postgresql://li@db.office:5433/drafter?sslmode=verify-full&sslrootcert=/etc/ssl/office-ca.crt"
)
FIX = "服务器要求密码；/home/li/.pgpass 的权限是 0644，别人也能读，libpq 因此不用它：请运行 chmod 600 /home/li/.pgpass"


@pytest.mark.parametrize(
    ("show", "error", "title"),
    [
        ("show_refused", f"{URL}: 无法连接团队资料库：{FIX}", "团队资料库无法打开"),
        (
            "show_unopened",
            f"{URL}: 团队资料库暂时连不上：服务器 db.office:5433 拒绝连接",
            "团队资料库暂时连不上",
        ),
        (
            "show_away",
            f"{URL}: 与团队资料库的连接中断了（服务器停止、重启，或网络断开）",
            "团队资料库连接中断",
        ),
    ],
)
def test_reason_comes_first_and_the_address_is_in_the_tooltip(qtbot, show, error, title):
    banner = OfflineBanner()
    qtbot.addWidget(banner)
    getattr(banner, show)(error)
    first = banner.label.text().split("<br>")[0]
    reason = error.split("：", 1)[1] if show == "show_refused" else error.split(": ", 1)[1]
    reason = reason.replace("团队资料库暂时连不上：", "")
    assert first.startswith(f"<b>{title}</b>（db.office:5433/drafter）：")
    assert first.endswith(reason), first
    assert "postgresql://" not in banner.label.text() and "sslrootcert" not in first
    assert URL in banner.label.toolTip()


def test_a_local_folder_keeps_its_full_path(qtbot):
    banner = OfflineBanner()
    qtbot.addWidget(banner)
    banner.show_local_failed("/home/li/资料库: 不是文件夹")
    assert "/home/li/资料库" in banner.label.text().split("<br>")[0]
