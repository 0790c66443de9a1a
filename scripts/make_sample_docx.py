"""Build corpus/05_opening_ceremony_speech.docx, the Word sample of the sample corpus.

The .docx is committed; this script is kept so the sample can be rebuilt or changed. It
uses real Word styles (Title, Heading 1, Heading 2) because the .docx reader reads
headings from styles, and a sample built from direct formatting would not exercise that.

    .venv/bin/python scripts/make_sample_docx.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "05_opening_ceremony_speech.docx"

# (style, text); "Normal" paragraphs are body text, "Signature" lines sit under the title
CONTENT: list[tuple[str, str]] = [
    ("Title", "在全市新任科级领导干部能力提升培训班开班式上的讲话"),
    ("Signature", "市委常委、组织部部长　×××"),
    ("Signature", "（2025年9月8日）"),
    ("Normal", "同志们："),
    (
        "Normal",
        "金秋九月，我们在这里举行全市新任科级领导干部能力提升培训班开班式。举办这期培训班，"
        "是市委着眼加强干部队伍建设作出的一项重要安排，目的是帮助新任科级领导干部尽快转变角色、"
        "提升能力、进入状态。参加这次培训的一百二十名学员，都是近一年来新提拔的科级领导干部，"
        "是各单位的骨干力量。这次培训为期两周，安排了理论教学、专题研讨、现场教学和结业测试等内容，"
        "课程设置针对性、实用性都很强。在此，我代表市委组织部，对培训班的开班表示热烈的祝贺！"
        "对同志们走上新的领导岗位表示衷心的祝贺！下面，我讲三点意见，与大家共勉。",
    ),
    ("Heading 1", "一、把准角色定位，实现从“干事”到“谋事”的转变"),
    ("Heading 2", "（一）要增强政治意识"),
    (
        "Normal",
        "走上领导岗位，首先是政治上的进步。科级领导干部是党的路线方针政策的直接执行者，"
        "处在承上启下的关键位置。大家要始终把讲政治摆在首位，自觉在思想上政治上行动上同党中央"
        "保持高度一致，不折不扣贯彻落实上级决策部署，确保政令畅通。要经常对标对表，"
        "及时校准偏差，做到党中央提倡的坚决响应、党中央决定的坚决执行、党中央禁止的坚决不做。",
    ),
    ("Heading 2", "（二）要增强全局意识"),
    (
        "Normal",
        "过去当干事，主要是把自己手头的工作做好；现在当领导，就要对一个科室、一个股所甚至一个"
        "乡镇的工作负责。要学会跳出本岗位看工作，站在全局的高度想问题、作决策、抓落实，"
        "既要埋头拉车，更要抬头看路。要善于把上级要求与本单位实际结合起来，"
        "在全局中找准定位，在大局下谋划工作，做到思路清、方向明、措施实。",
    ),
    ("Heading 2", "（三）要增强团队意识"),
    (
        "Normal",
        "当好一名领导干部，不能单打独斗，要善于团结和带领一班人共同干事创业。对上要尊重、"
        "多请示多汇报，对同事要支持、多沟通多补台，对下属要关心、多指导多激励。"
        "要学会调动每一位同志的积极性，把大家的智慧和力量凝聚到完成目标任务上来。",
    ),
    ("Heading 1", "二、加强学习实践，实现从“会干”到“善干”的提升"),
    ("Heading 2", "（一）要在理论学习上下功夫"),
    (
        "Normal",
        "理论上的清醒是政治上坚定的前提。大家要把学习作为一种责任、一种习惯、一种境界，"
        "原原本本学习党的创新理论，学深悟透其中蕴含的立场观点方法，切实用来武装头脑、"
        "指导实践、推动工作。要克服以干代学、以忙代学的倾向，做到挤时间学、带着问题学、"
        "联系实际学。",
    ),
    ("Heading 2", "（二）要在业务本领上下功夫"),
    (
        "Normal",
        "本领恐慌是新任领导干部普遍面临的问题。大家要围绕岗位职责，抓紧学习经济、法律、"
        "管理、科技等各方面知识，尽快成为本领域的行家里手。要重点提升调查研究、科学决策、"
        "改革攻坚、应急处突、群众工作、抓落实等方面的能力，做到干一行、爱一行、钻一行、精一行。",
    ),
    ("Heading 2", "（三）要在实践锻炼上下功夫"),
    (
        "Normal",
        "能力是在实践中干出来的。要主动到重大项目一线、矛盾问题一线、服务群众一线去经风雨、"
        "见世面、壮筋骨、长才干。面对急难险重任务，要敢于挑最重的担子、啃最硬的骨头，"
        "在解决实际问题中增长本领。",
    ),
    ("Heading 1", "三、严守纪律规矩，实现从“自律”到“律他”的延伸"),
    ("Heading 2", "（一）要守住廉洁底线"),
    (
        "Normal",
        "手中有了权力，面对的考验就更多了。大家要时刻绷紧廉洁自律这根弦，严格落实中央八项规定"
        "及其实施细则精神，管好自己的手、管好自己的嘴、管好自己的腿，"
        "慎初、慎独、慎微、慎友，始终做到清清白白做人、干干净净做事。",
    ),
    ("Heading 2", "（二）要履行管理责任"),
    (
        "Normal",
        "作为科级领导干部，不仅要管好自己，还要带好队伍。要认真履行“一岗双责”，"
        "对分管范围内的党风廉政建设负起责任，经常提醒、及时纠偏，"
        "发现苗头性、倾向性问题要早打招呼、早作处理，做到抓早抓小、防微杜渐。",
    ),
    ("Heading 2", "（三）要树立良好作风"),
    (
        "Normal",
        "作风建设永远在路上。新任领导干部要带头发扬求真务实、真抓实干的作风，"
        "坚决反对形式主义、官僚主义，少一些文山会海，多一些调查研究；少一些表态留痕，"
        "多一些真抓实干。要坚持从群众中来、到群众中去，经常深入基层、深入群众，"
        "真心实意为群众办实事、解难题，以优良作风赢得群众的信任和支持。"
        "要敢于担当、善于作为，对职责范围内的事情主动认领、一抓到底，"
        "决不能遇到矛盾绕着走、碰到困难往上推。",
    ),
    (
        "Normal",
        "同志们，培训时间虽然不长，但机会难得。希望大家珍惜这次学习机会，严格遵守培训纪律，"
        "静下心来读书，沉下心来思考，真正做到学有所获、学有所用。也希望培训班的组织者精心安排、"
        "周到服务，确保培训取得实效。预祝培训班圆满成功！",
    ),
]


def build(out: Path = OUT) -> Path:
    """Write the sample .docx; set East Asian fonts so Word shows it as a Chinese text."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "FangSong"
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    for style, text in CONTENT:
        if style == "Signature":
            paragraph = doc.add_paragraph(text)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style == "Normal":
            doc.add_paragraph(text)
        else:
            paragraph = doc.add_paragraph(text, style=style)
            if style == "Title":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
