"""Build the three .docx fixtures of modern3 (p07, p08, p11) with python-docx.

Their text is data in this script. Run: .venv/bin/python tests/modern_blind3/make_docx.py [outdir]
(outdir defaults to tests/modern_blind3/texts; a rebuilt file has the same text but not the same
bytes, the zip stamps differ).
- p07: direct formatting only (no Heading styles); level-1 headings numbered by Word's automatic
  numbering (numbering.xml, chineseCounting `%1、`) except the last, typed by hand after a soft
  line break (Shift+Enter) at the end of the previous paragraph; level 2 bold typed run-in
  （一） and 一是, and Word decimal numbering `%1.` under the last part.
- p08: Heading 1 style with typed 一、 markers; level 2 as Word bullet paragraphs (List Bullet,
  bullet numbering) with a bold run-in lead sentence.
- p11: Heading 1 style whose numbering comes from the style (numbers only in numbering.xml),
  Heading 2 style with typed （一）; typed bold run-in 一是 and 1. paragraphs.
"""

import sys
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared builder

from docx_builder import (  # noqa: E402
    HT,
    KT,
    add_abstract,
    body_fmt,
    font,
    insert_numpr,
    new_doc,
    para,
    set_num,
    signature,
    title,
)

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "texts"


# ---------------------------------------------------------------- p07
def p07():
    doc = new_doc()
    # make sure the numbering part exists (the default template has one)
    add_abstract(doc, 80, [("chineseCounting", "%1、", None)], 80)
    add_abstract(doc, 81, [("decimal", "%1.", None)], 81)
    title(doc, "2025年度抓基层党建工作述职报告", "鹤鸣镇党委书记　方国栋")
    para(
        doc,
        "根据县委组织部关于开展2025年度党组织书记抓基层党建工作述职评议考核的通知要求，现将本人一年来履行基层党建工作第一责任人职责情况报告如下：",
    )
    h = doc.add_paragraph()
    body_fmt(h)
    set_num(h, 80)
    font(h.add_run("履行抓基层党建工作责任情况"), HT, 16)
    para(
        doc,
        "一年来，我始终把抓好党建作为最大的政绩，坚持党建工作与中心工作同谋划、同部署、同考核，推动全镇基层党建工作呈现出稳中有进、整体提升的良好态势。",
    )
    para(
        doc,
        "年初召开党委会专题研究党建工作3次，与14个村（社区）党组织书记签订党建目标责任书，建立镇党委书记抓总、班子成员分片包干、村党组织书记具体落实的责任体系。全年主持召开党建工作例会12次，到联系村讲党课4次，带头走访党员群众86户，协调解决村级党建难题11个。",
        lead="（一）压实责任链条，党建主责主业有效落实。",
    )
    para(
        doc,
        "持续推进村级活动场所提档升级，新改建村级党群服务中心3个。对换届后的村“两委”干部开展全覆盖培训，举办培训班4期、培训260人次。坚持“一村一策”整顿软弱涣散村党组织，全年整顿转化2个，选派3名优秀年轻干部到村担任党组织书记。",
        lead="（二）夯实基层基础，村级组织建设全面加强。",
    )
    para(
        doc,
        "探索“支部+合作社+农户”发展模式，依托高山茶、板栗等特色产业成立党组织领办合作社6家，带动农户1100余户。我们打造的“茶香党建”品牌，把党小组建在茶园里、把党员示范岗设在加工厂，被县委组织部作为典型在全县推广。全镇14个村集体经济经营性收入全部达到10万元以上，其中超过30万元的村有5个，比上年增加2个。",
        lead="（三）聚焦产业发展，党建引领作用充分发挥。",
    )
    para(
        doc,
        "严格落实“三会一课”、主题党日等制度，全年发展党员9名，培养入党积极分子21名，为37名老党员送去“政治生日”贺卡，对12名生活困难党员开展结对帮扶。工作中，我给自己定下了“四勤”要求：一是腿勤，每周至少两天在村里蹲点；二是嘴勤，多同群众拉家常、听意见；三是手勤，群众反映的问题当场记录、限时办结；四是眼勤，善于发现工作中的苗头性、倾向性问题。",
        lead="（四）锤炼过硬作风，党员队伍素质不断提升。",
    )
    para(
        doc,
        "认真履行全面从严治党第一责任人职责，与班子成员开展廉政谈话28人次，对村级“小微权力”运行情况开展专项检查2次，督促整改问题15个。坚持重大事项集体决策，全年党委会研究“三重一大”事项47项，没有发生违反民主集中制的情况。主动接受组织和群众监督，严格遵守中央八项规定及其实施细则精神，自觉做到不该去的地方不去、不该拿的东西不拿。",
        lead="（五）严格落实全面从严治党责任，政治生态持续向好。",
    )
    h = doc.add_paragraph()
    body_fmt(h)
    set_num(h, 80)
    font(h.add_run("存在的问题及原因"), HT, 16)
    para(
        doc,
        "对照县委的要求和群众的期盼，我抓基层党建工作还存在一些差距和不足，主要是自身抓党建的精力投入还不够均衡，经济发展任务重的时候，对党建工作的研究谋划有所放松。",
    )
    para(
        doc,
        "工作中，党建和业务“两张皮”的现象仍不同程度存在，个别村党组织把党建工作简单理解为开会、记笔记，党建引领产业发展、乡村治理的作用发挥还不够充分。",
        lead="一是党建与业务融合还不够深入。",
    )
    para(
        doc,
        "全镇村党组织书记平均年龄51.6岁，35岁以下的村级后备干部只有17人，个别村甚至出现了后继乏人的问题，年轻人“引不来、留不住”的问题比较突出。",
        lead="二是村级后备力量仍然薄弱。",
    )
    p = para(
        doc,
        "对流动党员、老弱病残党员的教育管理还存在薄弱环节，运用新媒体开展党员教育的方式方法创新不够，吸引力和感染力不强。究其原因，主要是自己对新形势下党员教育管理的规律研究不够，工作上还存在路径依赖。",
        lead="三是党员教育管理方式还不够新颖。",
    )
    # the user pressed Shift+Enter and typed the next heading by hand
    p.runs[-1].add_break()
    font(p.add_run("三、下一步工作打算"), HT, 16)
    h = para(
        doc,
        "严格落实党建工作责任制，把抓党建的责任层层传导到每个支部、每名党员，推动党建工作与乡村振兴、基层治理深度融合，确保责任不虚化、工作不落空。每季度至少专题研究一次党建工作，每月至少到一个村开展党建工作调研。",
        lead="坚持抓实责任不放松。",
    )
    set_num(h, 81)
    h = para(
        doc,
        "实施村级后备干部“青苗工程”，从返乡大学生、退役军人、致富能手中选拔培养村级后备力量，确保每个村至少储备2名35岁以下后备干部。持续整顿提升后进村党组织，推动村级集体经济提质增效，力争明年全镇村集体经济经营性收入平均达到25万元。",
        lead="坚持抓强堡垒不放松。",
    )
    set_num(h, 81)
    h = para(
        doc,
        "创新党员教育方式，用好“学习强国”、远程教育等平台，开设“田间课堂”，让党员教育更接地气、更有实效。建立流动党员“线上支部”，定期推送学习内容，确保流动党员离乡不离党、流动不流失。",
        lead="坚持抓好队伍不放松。",
    )
    set_num(h, 81)
    para(doc, "以上述职，不妥之处，恳请各位领导和同志们批评指正。")
    signature(doc, ["述职人：方国栋", "2026年1月8日"])
    doc.save(OUT / "p07_party_building_duty_report.docx")


# ---------------------------------------------------------------- p08
def heading1(doc, text):
    h = doc.add_paragraph(style="Heading 1")
    h.paragraph_format.space_before = Pt(6)
    h.paragraph_format.space_after = Pt(6)
    h.paragraph_format.first_line_indent = Pt(32)
    font(h.add_run(text), HT, 16, color_black=True)
    return h


def p08():
    doc = new_doc()
    add_abstract(doc, 82, [("bullet", "\uf0b7", None)], 82)
    title(doc, "2025年个人工作总结", "县委办公室督查室　李婧")
    para(
        doc,
        "2025年，在室领导的关心指导和同事们的帮助支持下，我牢固树立“三个意识”：大局意识、责任意识、时效意识，认真履行岗位职责，较好地完成了各项工作任务。现将一年来的工作总结如下。",
    )
    heading1(doc, "一、加强学习，政治素质和业务能力不断提升")
    para(
        doc,
        "坚持把学习作为提高自身素质的首要任务，认真参加支部组织的集中学习和各类专题培训，全年撰写学习笔记2万余字。结合督查工作实际，系统学习了党政机关公文处理、督查工作规则等业务知识，主动向身边的老同志请教，督查报告的质量有了明显提高。今年5月，我参加了市委办公室组织的督查业务培训班，系统学习了督查选题、暗访调查、报告撰写等方面的方法技巧，结业考核成绩优秀。平时注意收集整理各地督查工作的好经验、好做法，形成学习摘编3万余字，为科室开展工作提供了参考。",
    )
    heading1(doc, "二、履职尽责，各项工作任务较好完成")
    para(doc, "今年督查室人员调整较大，我主动多担一些、多干一些，始终保持积极向上的工作状态。")
    for lead, text in [
        (
            "围绕中心抓督查。",
            "紧扣县委重大决策部署和重点项目建设，参与开展专项督查18次，深入乡镇、部门和项目现场120余次，形成督查报告22篇，其中9篇得到县委主要领导批示。在县城区老旧小区改造专项督查中，我连续两周深入12个小区实地查看，走访住户100余户，如实反映施工进度慢、安全防护不到位等问题，推动相关部门限期整改。",
        ),
        (
            "紧盯落实抓督办。",
            "建立县委常委会议定事项督办台账，对186项议定事项实行销号管理，按期办结率达到97.3%。对进度滞后的事项，及时下发督办通知，跟踪问效，做到件件有着落、事事有回音。",
        ),
        (
            "服务群众抓回访。",
            "认真办理“书记信箱”转办件，全年办理群众来信来电341件，办结率100%，对其中的63件开展了电话回访，群众满意率明显提升。对反映集中的农村饮水、道路维修等问题，及时梳理形成专报，推动有关部门从面上解决问题。",
        ),
        (
            "立足岗位抓信息。",
            "及时报送督查工作信息，全年编发《督查通报》24期，被市委办公室采用信息7条。同时，认真完成领导交办的文稿起草、会议服务等临时性任务，没有出现差错。",
        ),
    ]:
        p = para(doc, text, lead=lead, style="List Bullet")
        set_num(p, 82)
        p.paragraph_format.first_line_indent = Pt(32)
    heading1(doc, "三、存在的不足")
    para(
        doc,
        "回顾一年来的工作，自己还存在一些不足：一是理论学习的系统性不够，有时以干代学；二是督查工作中发现问题多、提出解决办法少，督查成果的转化运用还不够；三是统筹协调能力有待提高，任务集中时有时顾此失彼。这些问题，我将在今后的工作中认真加以改进。",
    )
    heading1(doc, "四、2026年工作打算")
    para(
        doc,
        "新的一年，我将继续加强学习、改进不足。明年，我打算重点做好三件事：1、学深悟透督查业务，力争全年撰写高质量督查报告20篇以上；2、完善议定事项督办台账，推动督办系统与县里的“一网统管”平台数据对接；3、加强调查研究，每季度至少深入基层蹲点调研一次，提出有价值的意见建议。",
    )
    para(
        doc,
        "总之，这一年是学习的一年、成长的一年。在今后的工作中，我将进一步增强责任感和使命感，以更加饱满的热情、更加务实的作风，努力做好各项工作，为县委、县政府决策部署落地见效贡献自己的力量。",
    )
    signature(doc, ["李婧", "2025年12月26日"])
    doc.save(OUT / "p08_annual_summary_bullets.docx")


# ---------------------------------------------------------------- p11
def p11():
    doc = new_doc()
    add_abstract(doc, 84, [("chineseCounting", "%1、", "Heading1")], 84)
    h1 = doc.styles["Heading 1"]
    insert_numpr(
        h1.element.get_or_add_pPr(),
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="84"/></w:numPr>'),
    )

    def H1(text):
        h = doc.add_paragraph(style="Heading 1")
        h.paragraph_format.first_line_indent = Pt(32)
        font(h.add_run(text), HT, 16, color_black=True)

    def H2(text):
        h = doc.add_paragraph(style="Heading 2")
        h.paragraph_format.first_line_indent = Pt(32)
        font(h.add_run(text), KT, 16, color_black=True)

    title(doc, "2025年度民主生活会个人对照检查材料", "县住房和城乡建设局党组书记、局长　杜远航")
    para(
        doc,
        "根据县委关于召开2025年度民主生活会的通知要求，会前我认真学习了有关文件和规定，通过个别谈心、座谈交流、发放征求意见表等方式广泛征求意见建议，共征集到意见建议23条。围绕这次民主生活会的主题，我重点从深化理论武装、履职尽责、作风建设、廉洁自律四个方面进行了对照检查，深入查摆问题、剖析根源。现将个人对照检查情况报告如下。",
    )
    H1("对照检查情况")
    H2("（一）在深化理论武装方面")
    para(
        doc,
        "一是学习的系统性不够。平时学习多是跟着会议学、跟着文件学，对党的创新理论的学习缺乏系统规划，存在碎片化的现象。二是运用理论指导实践不够。在推进城市更新、老旧小区改造等工作中，运用科学理论分析解决问题的意识不强，有时习惯于凭经验办事。三是学习成果转化不够。对学习中的一些新思想新要求，结合住建工作实际思考不深，把学习成果转化为工作思路和具体举措的能力还有差距。",
    )
    H2("（二）在履职尽责方面")
    para(
        doc,
        "一是攻坚克难的劲头有所减弱。对房地产市场平稳健康发展中的一些深层次问题，研究不深、办法不多。二是统筹推进能力有待提高。今年全县计划改造的老旧小区中，有4个小区因前期群众工作不到位，开工时间比计划推迟了两个月。三是抓工作的精细化程度不高。对建筑施工安全的监管，有时满足于开会部署、发文督促，对一些小型工程的安全隐患排查不够深入细致。",
    )
    H2("（三）在作风建设方面")
    para(
        doc,
        "一是调查研究不够深入。到基层调研有时时间较短，听汇报多、与群众面对面交流少。二是纠治形式主义还不彻底。局里发文开会数量虽有下降，但个别工作仍存在以文件落实文件、重留痕轻实效的现象。三是联系服务群众还有差距。对群众反映的物业管理、房屋质量等问题，有时回应不够及时，群众还有不满意的地方。",
    )
    H2("（四）在廉洁自律方面")
    para(
        doc,
        "能够严格遵守中央八项规定及其实施细则精神，但对分管领域廉政风险的防控还不够到位。住建领域项目多、资金量大，对工程招投标、质量监管等重点环节的监督管理还有薄弱之处，对干部职工的日常教育提醒还不够经常。在家风建设上，对家属子女的教育管理虽然比较严格，但有时过问不够具体，在这方面还要进一步加强。",
    )
    H1("问题产生的原因")
    para(doc, "深入剖析，问题产生的原因主要有以下三个方面：")
    para(
        doc,
        "认为自己长期从事业务工作，对理论学习的重要性认识不足，没有把理论学习摆在应有的位置，用党的创新理论武装头脑的自觉性不够强，学用结合、学以致用上还有很大差距。",
        lead="一是理论学习的自觉性有所弱化。",
    )
    para(
        doc,
        "随着工作年限的增加，觉得只要按部就班完成任务就行，创新意识和攻坚意识有所减弱，缺少了刚参加工作时的那股闯劲和拼劲。面对一些矛盾复杂的工作，有时存在畏难情绪，不愿意啃硬骨头。",
        lead="二是担当作为的精气神有所松懈。",
    )
    para(
        doc,
        "对党风廉政建设“一岗双责”的认识还不够深刻，总认为局里干部大多是老同志，不会出什么问题，管理上存在宽松软的现象，没有真正做到严字当头、把纪律挺在前面。",
        lead="三是从严管理的意识有所淡化。",
    )
    H1("整改措施")
    para(
        doc,
        "制定个人理论学习计划，每月至少精读一本理论书籍，每季度撰写一篇学习体会，切实把学习成果转化为推动住建事业发展的实际成效。",
        lead="1.强化理论武装，筑牢思想根基。",
    )
    para(
        doc,
        "聚焦城市更新、老旧小区改造、保障性住房建设等重点工作，建立领导干部包保责任制，倒排工期、压茬推进，确保年度任务按期完成。每季度至少开展一次安全生产专项检查，对发现的问题建立台账、限期整改。",
        lead="2.强化担当作为，推动工作落实。",
    )
    para(
        doc,
        "严格落实全面从严治党主体责任，加强对工程招投标、资金拨付等关键环节的监督，经常性开展廉政提醒谈话，营造风清气正的干事氛围。同时，严格要求家属子女和身边工作人员，自觉接受组织和群众的监督。",
        lead="3.强化廉洁自律，守牢纪律底线。",
    )
    para(doc, "以上对照检查，如有不当之处，恳请各位同志批评指正。")
    signature(doc, ["杜远航", "2026年1月5日"])
    doc.save(OUT / "p11_self_examination.docx")


if __name__ == "__main__":
    p07()
    p08()
    p11()
