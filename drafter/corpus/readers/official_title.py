"""How an official title is set when no Title style says so (GB/T 9704: centred, 2号 小标宋,
22 pt): the font names and the size that mark it. Word, ODT and saved web pages each read a
title laid out by hand this way; the marks live here, apart from any one reader, so that a
reader of one form can use another's (Word's altChunk reads an HTML part) without an import
running in a circle."""

from __future__ import annotations

import re

# people who do not use the Title style set the title so by hand (and a site's editor so on a
# page: readers.html_layout)
OFFICIAL_TITLE_FONT = re.compile(r"小标宋|标宋|大标宋|XBS|XiaoBiaoSong", re.IGNORECASE)
OFFICIAL_TITLE_PT = 18  # 小二 and up
