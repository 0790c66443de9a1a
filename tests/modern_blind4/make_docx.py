"""Build the three .docx fixtures of modern4 (q03, q04, q12) with python-docx.

Helpers shared with modern_blind3 in tests/docx_builder.py. Text is data in this script.
Run with the project venv's python: python make_docx.py [outdir] (default: this folder's texts/).
- q03: level 1 typed 一、 in 黑体 (direct formatting); level 2 by Word automatic numbering
  (numbering.xml chineseCounting `（%1）`) with a bold run-in lead; the last level-2 heading
  `（三）…` typed by hand after a soft line break (Shift+Enter) at the end of the previous item.
- q04: level 1 as Word bullet paragraphs (bullet numbering, Wingdings square) whose whole text is
  bold; level 2 by Word decimal numbering `%1.` with a bold run-in lead under the second bullet.
- q12: title in the Title style; level 1 in Heading 2 style with typed 一、; level 2 typed `1．`
  (full-width stop) bold run-in.
"""

import sys
from functools import partial
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared builder

from docx_builder import (  # noqa: E402
    FS,
    KT,
    XBS,
    add_abstract,
    body_fmt,
    font,
    h_styled,
    h_typed,
    new_doc,
    para,
    set_num,
    signature,
    title,
)

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "texts"


# ---------------------------------------------------------------- q03
def q03():
    doc = new_doc()
    add_abstract(doc, 90, [("chineseCounting", "（%1）", None)], 90)
    title(doc, "2025年度述职述廉报告", "柘湾乡党委副书记、乡长　罗振宇")
    para(
        doc,
        "按照县委关于开展乡镇领导班子和领导干部年度考核的统一安排，现将本人2025年度履行职责和廉洁自律情况报告如下，请予评议。",
    )
    h_typed(doc, "一、坚持学思践悟，政治站位和履职本领持续提升")
    para(
        doc,
        "我始终把加强学习作为履职尽责的第一需要，全年参加乡党委理论学习中心组集体学习12次，撰写学习体会5篇，到村（社区）宣讲党的创新理论8场。坚持向书本学、向群众学、向实践学，利用周末时间系统学习乡村规划、产业发展、基层治理等方面的知识，努力做到干什么学什么、缺什么补什么。面对山区乡情复杂、产业基础薄弱、群众诉求多元的实际，我坚持每月至少安排10天时间下村入户，全年走遍全乡11个行政村和78个村民小组，做到情况在一线掌握、问题在一线解决。",
    )
    h_typed(doc, "二、坚持真抓实干，全乡经济社会发展稳中有进")
    para(
        doc,
        "作为乡政府主要负责人，我坚持在乡党委的统一领导下，团结带领政府班子成员，聚焦发展抓重点、补短板、强弱项，全乡各项工作取得了新的进展。",
    )
    p = para(
        doc,
        "全年完成固定资产投资4.2亿元，增长9.6%；新引进农产品精深加工项目3个，总投资1.8亿元，其中柘湾香菇深加工项目当年签约、当年投产。积极对接县经开区，推动“飞地经济”合作，为乡财政增加收入320万元。在优化营商环境方面，我带头落实乡领导联系企业制度，每月到联系企业走访一次，帮助企业解决用工、用电、融资等问题19个。",
        lead="经济发展提质增效。",
    )
    set_num(p, 90)
    p = para(
        doc,
        "围绕香菇、油茶两大主导产业，新建标准化菇棚260个、油茶基地1500亩，带动1200余户农户增收。扎实开展人居环境整治，拆除危旧房屋87处，新建村级污水处理设施6座，桐子坳村成功创建省级美丽宜居村庄。全面推行“三务”公开，党务、政务、财务情况每季度公开一次，严格落实“四议两公开”工作法，村级重大事项群众知晓率和满意率明显提高。",
        lead="乡村振兴扎实推进。",
    )
    set_num(p, 90)
    # the user pressed Shift+Enter and typed the last item by hand
    p.runs[-1].add_break()
    font(p.add_run("（三）民生保障持续改善。"), FS, 16, bold=True)
    font(
        p.add_run(
            "全年发放各类救助资金680万元，新增城乡居民医保参保人员430人，完成乡卫生院改扩建工程。投入90万元实施农村饮水巩固提升工程，解决了3个村1600余名群众的饮水难题。"
        ),
        FS,
        16,
    )
    h_typed(doc, "三、坚持守牢底线，廉洁自律和作风建设不断加强")
    para(
        doc,
        "我认真履行“一岗双责”，对分管领域的党风廉政建设与业务工作同部署、同落实、同检查，全年与分管单位负责人开展廉政谈话16人次。严格执行中央八项规定及其实施细则精神，带头过紧日子，全乡“三公”经费比上年下降12%。在工程项目建设、惠民资金发放等重点领域，坚持集体研究、阳光操作，个人从未插手干预。同时，严格管好家属亲友和身边工作人员，自觉接受组织和群众监督。",
    )
    h_typed(doc, "四、存在的问题和下一步打算")
    para(
        doc,
        "回顾一年的工作，自身还存在一些差距和不足：一是理论学习的系统性还不够，学用结合还不够紧密；二是抓产业发展的办法还不够多，村集体经济增收渠道仍然偏窄；三是工作作风还不够扎实，有时存在重部署、轻落实的现象。",
    )
    para(
        doc,
        "下一步，我将坚持问题导向，认真加以整改：在学习上更加系统深入，在发展上更加聚焦用力，在作风上更加务实过硬，在廉洁上更加严格自律，努力向组织和全乡群众交出一份满意的答卷。",
    )
    para(doc, "以上报告，请各位领导和同志们评议。")
    signature(doc, ["述职人：罗振宇", "2026年1月12日"])
    doc.save(OUT / "q03_township_duty_report.docx")


# ---------------------------------------------------------------- q04
def q04():
    doc = new_doc()
    add_abstract(doc, 91, [("bullet", "\uf06e", None)], 91)
    numbering = doc.part.numbering_part.element
    # the bullet glyph is a Wingdings square (U+F06E), as Word's "■" bullet
    for absn in numbering.iter(qn("w:abstractNum")):
        if absn.get(qn("w:abstractNumId")) == "91":
            for rf in absn.iter(qn("w:rFonts")):
                rf.set(qn("w:ascii"), "Wingdings")
                rf.set(qn("w:hAnsi"), "Wingdings")
    add_abstract(doc, 92, [("decimal", "%1.", None)], 92)
    title(doc, "个人年度工作总结（2025年）", "县发展和改革局项目办　陈思远")
    para(
        doc,
        "2025年，在局党组的坚强领导和科室同事们的支持帮助下，我坚持以习近平新时代中国特色社会主义思想为指导，认真履行岗位职责，较好完成了各项工作任务。现将一年来的思想和工作情况总结如下。",
    )

    def bullet(text):
        b = doc.add_paragraph(style="List Bullet")
        body_fmt(b)
        set_num(b, 91)
        font(b.add_run(text), FS, 16, bold=True)
        return b

    bullet("思想上，坚持学习不放松，政治素质进一步提高")
    para(
        doc,
        "坚持把学习作为立身之本，积极参加局党组理论学习和支部“三会一课”，认真学习党的二十届四中全会精神和省、市、县委全会精神，全年撰写学习心得8篇，参加全县发改系统业务知识竞赛获二等奖。通过学习，我更加坚定地做到“两个维护”，也更加深刻地认识到，发改工作是全县发展的“参谋部”，必须站在全局思考问题、谋划工作。今年5月，我参加了县委组织部举办的青年干部能力提升培训班，系统学习了项目管理、招商引资等方面的知识，撰写的调研报告《关于我县重大项目前期工作的几点思考》被评为优秀调研成果。",
    )
    bullet("工作上，坚持履职不懈怠，业务能力进一步增强")
    para(
        doc,
        "今年我主要负责全县重大项目的谋划储备和前期工作，重点做了三件事：",
    )
    for lead, text in [
        (
            "抓项目谋划储备。",
            "紧盯国家政策导向和资金投向，会同有关部门谋划储备重大项目126个，总投资386亿元，其中42个项目纳入省、市重点项目库。牵头编制《澄溪县“十五五”重大项目储备清单》，做到建成一批、在建一批、储备一批。为提高谋划质量，我和同事们先后到12个乡镇和14个部门上门对接，逐一梳理项目的建设内容、投资规模和资金来源，形成项目“一表一档”，为争取上级资金打下了基础。",
        ),
        (
            "抓项目前期推进。",
            "对全县38个省市重点项目实行“一项目一专班”跟踪服务，协调解决用地、环评、报建等问题47个，项目前期工作平均用时比上年缩短一个月。对进展缓慢的项目，我坚持每周到现场查看一次，及时把问题梳理上报局领导，推动有关单位限期解决。",
        ),
        (
            "抓专项债券申报。",
            "认真研究专项债券申报要求，逐个项目完善申报材料，全年成功申报专项债券项目11个，争取专项债券资金4.6亿元，比上年增长21%。其中，城东片区老旧管网改造项目从谋划到资金下达仅用了四个月，受到县政府主要领导的肯定。",
        ),
    ]:
        p = para(doc, text, lead=lead)
        set_num(p, 92)
    bullet("作风上，坚持廉洁不放松，纪律观念进一步加强")
    para(
        doc,
        "严格遵守中央八项规定及其实施细则精神，在项目审核、资金申报等工作中坚持按程序办事、按规矩办事，从不利用工作之便为自己和他人谋取私利。工作中坚持“日清周结”，做到当日事当日毕，没有因个人原因耽误工作。同时，积极参加单位组织的志愿服务和结对帮扶活动，全年到帮扶村走访慰问困难群众6次，为结对户协调解决了子女就学、危房改造等实际困难。",
    )
    bullet("不足上，坚持对标找差距，努力方向进一步明确")
    para(
        doc,
        "对照组织要求和群众期盼，我自身还存在三个短板：一是对宏观经济政策的研究还不够深入，谋划项目的前瞻性不强；二是统筹协调能力还有待提高，有时推进工作办法不多；三是创新意识还不够强，习惯于按部就班。新的一年，我将针对这些短板，加强学习、主动作为，努力在项目工作中作出更大成绩。我相信，只要始终保持谦虚谨慎、奋发有为的精神状态，就一定能够在新的岗位上不断取得新的进步。",
    )
    para(doc, "以上是我一年来的工作总结，不足之处，恳请领导和同志们批评指正。")
    signature(doc, ["陈思远", "2025年12月29日"])
    doc.save(OUT / "q04_personal_summary_bullets.docx")


# ---------------------------------------------------------------- q12
def q12():
    doc = new_doc()

    H2 = partial(h_styled, doc, style="Heading 2")

    t = doc.add_paragraph(style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(t.add_run("在全县庆祝第42个教师节暨教育工作表彰大会上的讲话"), XBS, 22, color_black=True)
    for s in ["县委副书记　杨秋实", "（2026年9月9日）"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body_fmt(p, indent=False)
        font(p.add_run(s), KT, 16)
    para(doc, "老师们、同志们：")
    para(
        doc,
        "金秋九月，丹桂飘香。在第42个教师节即将到来之际，我们在这里隆重集会，表彰先进、总结工作、部署任务。首先，我代表县委、县政府，向受到表彰的先进集体和先进个人表示热烈的祝贺！向全县6800多名教职员工致以节日的问候！",
    )
    para(
        doc,
        "这几年，我到学校走得比较多，有三个没想到：没想到山区学校的变化这么大，没想到我们的孩子这么阳光自信，没想到我们的老师这么拼。去年，全县高考本科上线率达到71.3%，创历史新高；义务教育优质均衡发展通过省级评估；新建、改扩建学校9所，新增学位5400个。这些成绩，是全县广大教师用心血和汗水换来的。白沙乡中心小学的刘桂芳老师，扎根山区三十二年，教过的学生有十多人考上了重点大学，自己却因积劳成疾两次住院；澄溪二中的青年教师张昊，主动放弃城区学校的岗位，到最偏远的柘湾乡初中支教三年。正是有了这样一批甘于奉献、默默耕耘的好老师，澄溪的教育才有了今天的好局面。",
    )
    para(
        doc,
        "教育是国之大计、党之大计。面对人民群众对“上好学”的新期盼，我们必须以更高站位、更实举措推进教育强县建设。借此机会，我讲三点意见。",
    )
    H2("一、坚持立德树人，把牢教育发展的正确方向")
    para(
        doc,
        "各级党组织要把思想政治工作贯穿教育教学全过程，让红色基因、优秀传统文化浸润每一所校园。县级领导要带头到联系学校讲思政课，每学期不少于一次。",
        lead="1．要上好思政这门“关键课程”。",
    )
    para(
        doc,
        "要持续深化“双减”，严控作业总量和考试次数，开足开齐体育、美育和劳动教育课程，确保学生每天校内外体育活动时间不少于2小时。要高度重视学生心理健康，做到每所学校都有专兼职心理健康教师。",
        lead="2．要守好学生全面发展这条“生命线”。",
    )
    H2("二、坚持改革创新，激发教育发展的内生动力")
    para(
        doc,
        "深入推进“县管校聘”改革，今年要实现城区学校与乡村学校教师交流轮岗比例不低于15%。",
        lead="1．深化教师管理改革。",
    )
    para(
        doc,
        "推行集团化办学，由澄溪一中、实验小学等6所优质学校牵头，组建6个教育集团，实现“五个共享”：理念共享、师资共享、课程共享、教研共享、评价共享。",
        lead="2．扩大优质资源供给。",
    )
    para(
        doc,
        "加快“智慧校园”建设，年内实现全县中小学千兆宽带和多媒体教室全覆盖。",
        lead="3．推进教育数字化转型。",
    )
    H2("三、坚持尊师重教，营造教育发展的良好环境")
    para(
        doc,
        "全县上下要大力弘扬尊师重教的社会风尚，让教师成为最受尊重、最令人羡慕的职业。县委、县政府将不折不扣落实“两个不低于”政策，把教师工资待遇保障摆在财政支出的优先位置。今年起，对在乡村学校连续任教满20年的教师，县财政每人每年给予3000元的专项补助。各部门要主动为学校排忧解难，坚决杜绝与教育教学无关的各种检查、评比和考核进校园，让老师们安安心心教书、静下心来育人。要加快建设教师周转宿舍，今年在乡镇学校新建周转宿舍200套，让乡村教师下得去、留得住、教得好。",
    )
    para(
        doc,
        "老师们、同志们，百年大计，教育为本。希望全县广大教师牢记使命、潜心育人，争做“四有”好老师，为加快建设教育强县、办好人民满意的教育作出新的更大贡献！",
    )
    para(doc, "最后，祝全县广大教师节日快乐、身体健康、工作顺利！")
    para(doc, "谢谢大家！")
    doc.save(OUT / "q12_teachers_day_speech.docx")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    q03()
    q04()
    q12()
