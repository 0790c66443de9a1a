"""Build the .docx fixtures of the blind modern set (tests/modern/texts/m05, m09, m10).

The text is our own (written for the project, not copied from any source) and lives here as
data, so the .docx files can be rebuilt: ``python tests/modern/make_docx.py``. Each document
is saved the way a user's Word file would be: m05 with Heading styles, m09 with Word's
automatic numbering for its second-level headings, m10 with bold run-in lead sentences.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent / "texts"

# m05: a Party lecture (党课) saved with Heading 1 / Heading 2 styles.
M05 = [
    ("Title", "坚定理想信念　践行初心使命"),
    ("center", "——在市财政局机关党支部专题党课上的讲稿"),
    ("center", "（2025年6月26日）"),
    ("p", "同志们："),
    (
        "p",
        "按照局党组关于开展党纪学习教育的安排，今天我以“坚定理想信念　践行初心使命”为题，"
        "和大家一起学习交流。这次党课，既是一次集中学习，也是一次思想上的“加油充电”。"
        "结合财政工作实际和机关党员队伍的思想状况，我主要讲三个问题。",
    ),
    ("h1", "一、深刻认识坚定理想信念的重大意义"),
    ("h2", "（一）理想信念是共产党人的精神之“钙”"),
    (
        "p",
        "理想信念是共产党人精神上的“钙”，没有理想信念，理想信念不坚定，精神上就会“缺钙”，就会得"
        "“软骨病”。回顾党的百年奋斗历程，一代又一代共产党人之所以能够历经千难万险而矢志不渝，"
        "靠的就是坚定的理想信念。方志敏在狱中写下“敌人只能砍下我们的头颅，决不能动摇我们的信仰”，"
        "正是这种信仰力量的生动写照。",
    ),
    (
        "p",
        "对我们财政干部来说，坚定理想信念不是一句空洞的口号，而是体现在每一笔资金的分配上、"
        "每一项政策的落实上。管好用好财政资金，就是对党忠诚、为民尽责的具体行动。",
    ),
    ("h2", "（二）坚定理想信念是应对风险挑战的根本保证"),
    (
        "p",
        "当前，世界百年未有之大变局加速演进，各种风险挑战明显增多，财政收支矛盾较为突出。"
        "越是形势复杂，越需要我们保持清醒头脑、坚定政治立场。只有理想信念坚定，才能在各种诱惑面前"
        "立得稳、在各种考验面前扛得住，始终做到“两个维护”。",
    ),
    ("h1", "二、清醒看到理想信念方面存在的突出问题"),
    (
        "p",
        "总体上看，局机关党员干部理想信念是坚定的，精神状态是好的。但对照新时代新要求，"
        "也还存在一些不容忽视的问题。",
    ),
    (
        "p",
        "一是理论学习不够深入。有的同志学习满足于读读文件、听听报告，没有做到学深悟透；"
        "有的同志“三会一课”参加得不少，但学用脱节，没有用理论指导工作实践。",
    ),
    (
        "p",
        "二是宗旨意识有所淡化。有的同志习惯于坐在办公室看材料、批资金，深入基层调研少，"
        "对基层和群众的实际困难了解不够，服务意识、服务质量还有差距。",
    ),
    (
        "p",
        "三是纪律规矩意识不强。有的同志对“四风”问题的隐形变异认识不足，认为吃点喝点、"
        "收点拿点是人之常情；个别同志在项目评审、资金拨付中原则性不强，存在廉政风险。",
    ),
    ("h1", "三、以实际行动践行初心使命"),
    ("h2", "（一）在学懂弄通上下功夫"),
    (
        "p",
        "要把理论学习作为终身课题，坚持读原著、学原文、悟原理，做到知其然更知其所以然。"
        "要结合财政工作实际开展专题研讨，把学习成果转化为推动工作的思路举措。",
    ),
    (
        "p",
        "学习要联系实际、联系思想、联系工作。每名党员都要结合自身岗位，经常想一想入党为了什么、"
        "当干部干些什么、身后留下什么，在学习中校准思想之标、调正行为之舵。支部要建立学习台账，"
        "定期检查学习笔记和心得体会，对学习不认真、走过场的要及时提醒。机关青年干部要多读原著原文，"
        "多到基层一线接受锻炼，在实践中增长才干。",
    ),
    ("h2", "（二）在担当作为上见行动"),
    (
        "p",
        "要围绕市委、市政府中心工作，积极组织收入，优化支出结构，全力保障重点领域和民生支出。"
        "要坚持过紧日子，把有限的资金用在刀刃上。要主动深入基层、深入企业，帮助解决实际问题，"
        "让财政政策真正落地见效。",
    ),
    ("h2", "（三）在严守纪律上作表率"),
    (
        "p",
        "要严守政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律这六项纪律，"
        "把纪律规矩内化于心、外化于行。要坚决反对形式主义、官僚主义、享乐主义和奢靡之风这"
        "“四风”，管好自己的“生活圈”“社交圈”，筑牢拒腐防变的思想防线。",
    ),
    (
        "p",
        "支部要认真落实“三会一课”制度，丰富组织生活的形式和内容，让每一名党员在组织生活中"
        "受教育、得提高。党员领导干部要以身作则、率先垂范，要求别人做到的自己首先做到，"
        "要求别人不做的自己坚决不做。",
    ),
    (
        "p",
        "同志们，理想信念是立身之本，初心使命是前行之力。希望大家以这次党课为新的起点，"
        "坚定信念、勇担使命、严守纪律，在各自岗位上干出新的业绩，为全市经济社会高质量发展"
        "作出财政部门应有的贡献。",
    ),
]

# m09: a personal year-end summary; its second-level headings use Word automatic numbering.
M09 = [
    ("Title", "2025年度个人工作总结"),
    ("center", "市发展和改革委员会综合科　周静"),
    ("center", "2025年12月20日"),
    (
        "p",
        "2025年，在委领导的关心指导和科室同志的支持帮助下，我认真履行岗位职责，较好地完成了"
        "各项工作任务，思想认识和业务能力都有了新的提高。现将一年来的工作情况总结如下。",
    ),
    ("bold", "一、主要工作及成效"),
    ("num", "扎实做好综合文稿起草工作"),
    (
        "p",
        "全年参与起草委主要领导讲话、工作报告、调研报告等各类文稿60余篇，累计20余万字。"
        "牵头起草的全市上半年经济运行分析报告得到市政府主要领导肯定性批示。在起草过程中，"
        "我坚持多看、多问、多改，注重把上级精神和本地实际结合起来，努力做到材料有思想、有数据、"
        "有措施。",
    ),
    ("num", "认真完成经济运行监测分析"),
    (
        "p",
        "按月收集整理全市主要经济指标，及时撰写经济运行简报12期。针对一季度投资增速放缓的情况，"
        "深入重点项目和部门了解情况，提出加快项目前期工作、强化要素保障等建议，被委领导采纳。",
    ),
    ("num", "协助抓好重点项目调度服务"),
    (
        "p",
        "参与全市重点项目“月调度、季观摩、年考评”工作，建立项目问题清单，协调解决用地、"
        "环评等问题18个。配合做好中央预算内投资项目申报工作，全年争取上级资金较上年有较大增长。",
    ),
    ("num", "主动承担科室日常事务"),
    (
        "p",
        "负责科室公文运转、会议组织和信息报送等日常工作，全年办理各类公文300余件，"
        "做到件件有登记、事事有回音，没有出现积压和差错。同时，积极参加委机关组织的志愿服务、"
        "文明城市创建等活动，认真完成领导交办的其他临时性任务。",
    ),
    (
        "p",
        "在思想政治方面，我坚持把政治建设摆在首位，积极参加支部“三会一课”和主题党日活动，"
        "认真学习党的创新理论，自觉在思想上政治上行动上同党中央保持高度一致。在廉洁自律方面，"
        "我严格遵守中央八项规定精神和各项廉洁纪律，没有发生违规违纪问题。",
    ),
    (
        "p",
        "在业务学习方面，我利用业余时间系统学习了投资项目管理、政府债券等方面的政策文件，"
        "参加了省发展改革委组织的业务培训，撰写学习笔记3万余字，业务能力有了明显提高。"
        "在团结协作方面，我尊重领导、团结同事，主动配合兄弟科室做好工作，与同志们相处融洽，"
        "形成了比较好的工作合力。在服务基层方面，我跟随委领导到县区调研8次，帮助基层协调解决"
        "了一些具体困难，自己也从中学到了很多书本上学不到的东西。",
    ),
    ("bold", "二、存在的不足"),
    (
        "p",
        "回顾一年的工作，我也清醒地认识到自身还存在一些不足：一是理论学习还不够系统，"
        "学习的深度和广度有待加强；二是调查研究还不够深入，到基层一线的时间偏少，有些分析建议"
        "针对性还不强；三是统筹协调能力还需提高，工作任务集中时有时顾此失彼。这些问题，"
        "有客观上工作任务重、时间紧的原因，但主要还是自己主观努力不够，需要在今后的工作中"
        "认真加以改进。",
    ),
    (
        "p",
        "针对这些不足，我将认真查找原因，在新的一年里有针对性地加以改进，努力在学习上更加主动、"
        "在调研上更加扎实、在工作上更加精细，争取做出更好的成绩，不辜负领导和同志们的信任与期望。",
    ),
    ("bold", "三、下一步打算"),
    ("num", "加强学习，提升综合素质"),
    (
        "p",
        "坚持把学习作为第一需要，系统学习宏观经济、产业政策和投资管理等方面的知识，"
        "每月至少精读一本专业书籍，不断提高政策水平和文字功底。",
    ),
    ("num", "深入调研，提高服务质量"),
    (
        "p",
        "每季度至少开展一次专题调研，多到企业、项目现场和县区去，掌握第一手资料，"
        "努力使分析研判更精准、意见建议更管用。要围绕全市经济运行中的难点问题，争取形成"
        "两到三篇有分量的调研报告，为领导决策提供参考。",
    ),
    ("num", "改进作风，严守纪律规矩"),
    (
        "p",
        "自觉践行“三严三实”要求，严格遵守各项工作制度和廉洁纪律，做到勤勉敬业、"
        "干净干事，以更加饱满的热情投入明年的各项工作。",
    ),
    (
        "p",
        "新的一年，我将继续保持昂扬向上的精神状态，虚心向领导和同事学习，在平凡的岗位上"
        "尽职尽责、踏实工作。以上是我一年来的工作总结，不足之处，恳请领导和同志们批评指正。",
    ),
    ("right", "周静"),
    ("right", "2025年12月20日"),
]

# m10: a duty report (述职报告) whose second-level headings are bold run-in lead sentences.
M10 = [
    ("Title", "2025年度述职述廉报告"),
    ("center", "县农业农村局局长　马志强"),
    ("center", "（2025年12月28日）"),
    ("p", "各位领导、同志们："),
    (
        "p",
        "根据县委统一安排，现将我2025年度履行职责、廉洁自律等方面的情况报告如下，请予评议。",
    ),
    ("bold", "一、履职尽责情况"),
    (
        "lead",
        "（一）坚持抓好理论武装，政治站位进一步提高。",
        "一年来，我带头学习党的创新理论，全年主持局党组理论学习中心组学习12次，讲专题党课2次。"
        "严格落实“第一议题”制度，对上级关于“三农”工作的决策部署第一时间传达、第一时间研究、"
        "第一时间落实，确保中央和省市县委的要求在农业农村领域落地见效。",
    ),
    (
        "lead",
        "（二）坚持稳产保供，粮食生产实现新突破。",
        "严格落实粮食安全党政同责，全县粮食播种面积稳定在52万亩以上，总产达到22.6万吨，"
        "再创历史新高。新建高标准农田3.5万亩，推广测土配方施肥、病虫害统防统治等技术，"
        "粮食单产水平稳步提升。生猪、蔬菜等重要农产品供给充足，价格总体平稳。",
    ),
    (
        "lead",
        "（三）坚持产业振兴，农民收入持续增长。",
        "围绕茶叶、食用菌、特色水果三大特色产业，新建标准化生产基地5个，新培育市级以上农业"
        "产业化龙头企业4家。大力发展农村电商和乡村旅游，带动农民就近就业。全县农村居民人均"
        "可支配收入增长7.3%，高于全市平均水平。",
    ),
    (
        "lead",
        "（四）坚持守牢底线，巩固拓展脱贫攻坚成果。",
        "健全防止返贫动态监测和帮扶机制，对监测对象做到早发现、早干预、早帮扶，全年未发生"
        "规模性返贫。扎实推进农村人居环境整治，农村卫生厕所普及率、生活垃圾收运处置体系覆盖率"
        "进一步提高。",
    ),
    (
        "lead",
        "（五）坚持改革创新，农村发展活力不断增强。",
        "稳妥推进农村集体产权制度改革，全县村级集体经济收入全部达到10万元以上。深化农村"
        "承包地“三权分置”改革，规范土地经营权流转，发展适度规模经营。培育家庭农场和农民合作社"
        "示范社，新型农业经营主体带动能力明显增强。",
    ),
    (
        "p",
        "此外，我还认真落实意识形态工作责任制，抓好局机关作风建设和干部队伍建设，推动全局干部"
        "职工精神面貌明显改观。全年局系统有3个项目获得省级表彰，农业农村工作在全市年度综合考评中"
        "位列第一等次。这些成绩的取得，是县委、县政府正确领导的结果，是局班子成员和全体干部职工"
        "团结奋斗的结果，我个人只是做了应该做的工作。",
    ),
    ("bold", "二、廉洁自律情况"),
    (
        "p",
        "我始终把廉洁自律作为立身之本，严格落实全面从严治党主体责任。一是严守政治纪律和政治规矩，"
        "重大事项按程序请示报告；二是严格落实中央八项规定精神，不违规收受礼品礼金，不违规使用"
        "公车；三是管好身边人，经常提醒家属和身边工作人员廉洁自律。全年没有发生违反廉洁纪律的"
        "问题。",
    ),
    (
        "p",
        "同时，我认真履行“一岗双责”，定期听取班子成员和股室负责人落实党风廉政建设责任情况汇报，"
        "对项目资金管理、惠农补贴发放等重点环节开展专项检查，发现问题及时督促整改，"
        "推动形成风清气正的良好政治生态。",
    ),
    (
        "p",
        "在个人生活中，我注重家风建设，教育家属子女遵纪守法、勤俭持家，不以任何形式干预"
        "工程建设、项目审批和资金分配等事项，自觉接受组织和群众的监督。",
    ),
    ("bold", "三、存在的问题和今后努力方向"),
    (
        "p",
        "在肯定成绩的同时，我也清醒地看到，工作中还存在一些差距：农业产业链条较短，精深加工"
        "能力不足；农业科技推广力度不够；个人深入基层调研的次数还不够多。今后，我将重点做好"
        "以下工作。",
    ),
    (
        "lead",
        "一是聚焦产业提质增效。",
        "加快延伸产业链条，引进培育一批农产品精深加工企业，推动农业由卖原料向卖产品、卖品牌转变。",
    ),
    (
        "lead",
        "二是聚焦科技强农。",
        "加强与科研院所合作，建设农业科技示范基地，培育一批新型职业农民和农业科技带头人。",
    ),
    (
        "lead",
        "三是聚焦作风建设。",
        "持续纠治“四风”，带头深入基层一线，切实为基层和群众解决实际问题。始终保持清正廉洁的"
        "政治本色，以实际行动带好队伍、树好形象，为全县农业农村现代化建设作出新的贡献。",
    ),
    (
        "p",
        "以上述职，不妥之处，请各位领导和同志们批评指正。",
    ),
    ("p", "谢谢大家！"),
]


def _restart_numbering(document: Document, style_name: str) -> int:
    """Make a fresh Word list (w:num) on the style's list, starting at 1; return its id."""
    numbering = document.part.numbering_part.element
    style = document.styles[style_name]
    style_num = style.element.pPr.numPr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == style_num:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), abstract_id)
    num.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return new_id


def _set_num(paragraph, num_id: int) -> None:
    """Attach a paragraph to Word list ``num_id`` at level 0."""
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    num_id_el = OxmlElement("w:numId")
    num_id_el.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(num_id_el)
    p_pr.append(num_pr)


def build(spec: list[tuple], path: Path) -> None:
    """Write one document from its (kind, text…) rows."""
    document = Document()
    current_list = None
    for row in spec:
        kind, text = row[0], row[1]
        if kind == "Title":
            document.add_paragraph(text, style="Title")
        elif kind in ("center", "right"):
            paragraph = document.add_paragraph(text)
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER if kind == "center" else WD_ALIGN_PARAGRAPH.RIGHT
            )
        elif kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "h2":
            document.add_heading(text, level=2)
        elif kind == "bold":
            document.add_paragraph().add_run(text).bold = True
            current_list = None
        elif kind == "num":
            if current_list is None:
                current_list = _restart_numbering(document, "List Number")
            paragraph = document.add_paragraph(text, style="List Number")
            _set_num(paragraph, current_list)
        elif kind == "lead":
            paragraph = document.add_paragraph()
            paragraph.add_run(text).bold = True
            paragraph.add_run(row[2])
        else:
            document.add_paragraph(text)
    document.core_properties.author = "mw"
    document.save(str(path))


DOCS = {
    "m05_party_lecture.docx": M05,
    "m09_annual_summary.docx": M09,
    "m10_duty_report.docx": M10,
}


def main() -> None:
    """Rebuild every .docx fixture of the set."""
    for name, spec in DOCS.items():
        build(spec, HERE / name)


if __name__ == "__main__":
    main()
