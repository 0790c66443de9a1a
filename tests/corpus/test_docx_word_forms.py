"""Word work summaries as users type them: numbers only in Word's automatic numbering,
and level-3/4 headings marked by bold alone. Own text, documents built in the test with
python-docx."""

from __future__ import annotations

from drafter.corpus import load_document

PARA = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"
BODY = PARA * 4  # a long paragraph under a lead line


def _outline(doc) -> list[tuple[int, str]]:
    return [(s.level, s.marker + s.heading) for s in doc.outline.walk()]


def test_lead_lines_are_read_with_the_part_numbers_word_shows(
    new_docx, docx_helpers, tmp_path
) -> None:
    """一、 and 二、 exist only in Word's numbering. Two dash lines in the first part
    (——防汛救灾取得重大胜利。 over short paragraphs) are emphasis there; the second part
    writes its points as lead lines. A part's leads count in that part only, so the dash
    lines stay text as they do when the numbers are typed."""
    d = new_docx()
    docx_helpers.abstract_num(d, 41, [{"fmt": "chineseCounting", "text": "%1、"}])
    docx_helpers.num(d, 41, 41)
    docx_helpers.abstract_num(d, 42, [{"fmt": "chineseCounting", "text": "（%1）"}])
    docx_helpers.num(d, 42, 42)
    d.add_paragraph("政府工作报告")
    d.add_paragraph(PARA)
    docx_helpers.numbering(d.add_paragraph("一年来工作回顾"), 41)
    d.add_paragraph(PARA)
    d.add_paragraph("——防汛救灾取得重大胜利。")
    d.add_paragraph(
        "——经济平稳发展。全县生产总值比上年增长百分之七，财政收入稳步增加，城乡居民收入同步提高。"
    )
    d.add_paragraph("——首次承办全省运动会获得圆满成功。")
    d.add_paragraph("这些成就来之不易。" + PARA)
    for head in ("集中力量抗击洪灾", "适时适度调控经济", "注重统筹兼顾发展"):
        docx_helpers.numbering(d.add_paragraph(head), 42)
        d.add_paragraph(BODY)
    docx_helpers.numbering(d.add_paragraph("今年主要任务"), 41)
    d.add_paragraph(PARA)
    docx_helpers.num(d, 43, 42, {0: 1})  # （一） afresh in the second part
    for head in ("加强宏观调控", "深化经济体制改革"):
        docx_helpers.numbering(d.add_paragraph(head), 43)
        d.add_paragraph(BODY if head.startswith("加强") else PARA)
    leads = ("推进金融体制改革。", "推进投资体制改革。", "加快信用体系建设。", "深化国企改革。")
    for lead in leads:
        d.add_paragraph(lead)
        d.add_paragraph(BODY)
    docx_helpers.numbering(d.add_paragraph("扩大对外开放"), 43)
    d.add_paragraph(BODY)
    d.save(tmp_path / "numbered.docx")
    heads = _outline(load_document(tmp_path / "numbered.docx"))
    assert not [h for h in heads if "——" in h[1]], heads
    assert heads[:3] == [
        (1, "一、一年来工作回顾"),
        (2, "（一）集中力量抗击洪灾"),
        (2, "（二）适时适度调控经济"),
    ]
    assert (3, "推进金融体制改革") in heads
