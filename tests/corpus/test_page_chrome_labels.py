"""Site labels an old government page sets round its article (own fixture text)."""

from drafter.corpus.page_chrome import WEB_CONTROL


def test_column_and_attachment_labels_are_site_controls():
    for label in ("栏目导航", "【相关附件】", "【附件下载】", "相关附件："):
        assert WEB_CONTROL.match(label), label
    # a 公文's own 附件 line and a sentence that mentions attachments are not
    for text in ("附件", "附件：1.实施方案", "相关附件已印发各单位。"):
        assert not WEB_CONTROL.match(text), text
