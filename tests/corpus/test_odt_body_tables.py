"""An .odt reads its body tables as a .docx does (readers/odt.py over readers/body_tables.py):
a 汇报事项 | 主要内容 table of part labels over prose is the body, a form's one cell holding
the whole text (an OA 发文稿纸 saved from LibreOffice or WPS as .odt) is read as the text in
its place, and a table of figures stays table rows. Before, every .odt table of two or more
columns was read as tab-joined rows: the parts were glued to their labels and the speech in
a form's cell was one row. Own text, written here (../shared has no .odt or Word file)."""

from __future__ import annotations

from odt_writer import write_odt

from drafter.corpus import load_document

_PROSE = "各乡镇要把这项工作摆上重要位置，主要负责同志亲自抓、负总责，分管负责同志靠前指挥，确保各项措施落到实处。"
_TITLE = "在全县春耕生产工作会议上的讲话"
_BODY = [
    "同志们：",
    "今天召开全县春耕生产工作会议，主要任务是分析当前形势，安排部署春耕生产各项工作。" + _PROSE,
    "去年，全县粮食播种面积稳定在四十二万亩，总产量创历史新高，这些成绩来之不易。下面，我讲两点意见。",
    "一、认清形势，切实增强抓好春耕生产的紧迫感",
    "春耕生产事关全年农业丰收。" + _PROSE,
    "当前，气象部门预测今春降水偏少，旱情可能露头，各地务必未雨绸缪，提早做好抗旱准备。" + _PROSE,
    "二、突出重点，扎实做好春耕生产各项工作",
    "要抓好农资供应，组织供销、农业等部门加强种子、化肥、农药调运，确保农民用上放心农资。" + _PROSE,
    "要抓好水利设施，抓紧修复水毁工程，清淤疏浚沟渠，确保春灌用水需要。" + _PROSE,
    "同志们，一年之计在于春。让我们抓住当前有利时机，全力以赴抓好春耕生产，为全年农业丰收打下坚实基础。",
]
_HEADINGS = ["认清形势，切实增强抓好春耕生产的紧迫感", "突出重点，扎实做好春耕生产各项工作"]


def _p(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def _cell(*paragraphs: str, span: int = 1) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    covered = "<table:covered-table-cell/>" * (span - 1)
    return f"<table:table-cell{spanned}>{''.join(map(_p, paragraphs))}</table:table-cell>{covered}"


def _row(*cells: str) -> str:
    return f"<table:table-row>{''.join(cells)}</table:table-row>"


def _table(columns: int, *rows: str) -> str:
    return (
        f'<table:table table:name="T1"><table:table-column table:number-columns-repeated="{columns}"/>'
        f"{''.join(rows)}</table:table>"
    )


def test_an_odt_form_s_body_cell_is_the_text(tmp_path):
    form = _table(
        4,
        _row(_cell("县人民政府办公室发文稿纸", span=4)),
        _row(_cell("标　　题"), _cell(_TITLE, span=3)),
        _row(_cell("拟稿单位"), _cell("县农业农村局"), _cell("拟稿日期"), _cell("2031-03-02")),
        _row(_cell("正　　文：", _TITLE, "（2031年3月6日）", *_BODY, span=4)),
        _row(
            _cell("签　　发"), _cell("同意。韦知秋　3月4日"), _cell("印发日期"), _cell("2031-03-05")
        ),
    )
    doc = load_document(write_odt(tmp_path / "form.odt", form))
    assert doc.metadata.title == _TITLE
    assert [s.heading for s in doc.outline.sections] == _HEADINGS
    squeezed = ["".join(p.text.split()) for p in doc.paragraphs()]
    assert not [t for t in squeezed if t.startswith(("签发", "正文", "标题", "拟稿"))]
    assert doc.outline.closing and doc.outline.closing[0].startswith("同志们，一年之计")


def test_an_odt_label_and_prose_table_is_the_body(tmp_path):
    report = _p("关于全县春耕生产情况的汇报") + _table(
        2,
        _row(_cell("汇报事项"), _cell("主要内容")),
        _row(_cell("一、基本情况"), _cell("今年全县春耕生产开局良好。" + _PROSE)),
        _row(_cell("二、存在问题"), _cell("部分乡镇农资储备不足，技术服务跟不上。" + _PROSE)),
        _row(_cell("三、下步打算"), _cell("我们将进一步加强组织领导，压实各方责任。" + _PROSE)),
    )
    doc = load_document(write_odt(tmp_path / "report.odt", report))
    assert [s.heading for s in doc.outline.sections] == ["基本情况", "存在问题", "下步打算"]
    assert not any("汇报事项" in p.text or "\t" in p.text for p in doc.paragraphs())


def test_an_odt_table_of_figures_stays_rows(tmp_path):
    figures = _p("附表") + _table(
        3,
        _row(_cell("乡镇"), _cell("播种面积（万亩）"), _cell("同比")),
        _row(_cell("城关镇"), _cell("4.2"), _cell("+3%")),
        _row(_cell("河西乡"), _cell("3.8"), _cell("+1%")),
    )
    doc = load_document(write_odt(tmp_path / "figures.odt", figures))
    assert "城关镇\t4.2\t+3%" in [p.text for p in doc.paragraphs()]
