"""Build the three .docx fixtures of modern5 (r03, r04, r11) with python-docx.

Helpers shared with modern_blind3 and modern_blind4 in tests/docx_builder.py (mb5 had copied
them from modern_blind4's make_docx.py; the release imports them). Text is data in this script.
Run with the project venv's python: python make_docx.py [outdir] (default: this folder's texts/).
- r03: level 1 by Word automatic numbering (chineseCounting `%1、`, no typed marker), level 2
  typed `（一）` bold run-ins under 一 only; under 三 a Word decimal list `%1.` of six named
  projects (list items, not headings); signature + date, then 附件 after it.
- r04: title in the Title style; level 1 bold run-ins `一要…` `二要…` `三要…`, the second typed
  after a soft line break (Shift+Enter) at the end of the first item's paragraph; closing `谢谢！`.
- r11: level 1 in the Heading 1 style with Word automatic numbering `%1、` for 一 and 二; 三、 typed
  by hand in 黑体 after a soft break at the end of 二's last paragraph; level 2 typed `（一）`
  bold run-ins under 二; a Word bullet list of five short lines under （二） (not headings).
"""

import sys
from functools import partial
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared builder

from docx_builder import (  # noqa: E402
    FS,
    HT,
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


# ---------------------------------------------------------------- r03
def r03():
    doc = new_doc()
    add_abstract(doc, 80, [("chineseCounting", "%1、", None)], 80)
    add_abstract(doc, 81, [("decimal", "%1.", None)], 81)
    title(doc, "石门镇2025年工作总结和2026年工作打算")
    para(
        doc,
        "2025年，石门镇在县委、县政府的坚强领导下，坚持稳中求进工作总基调，团结带领全镇干部群众真抓实干、攻坚克难，较好完成了全年各项目标任务。现将有关情况总结如下。",
    )

    h1 = partial(h_typed, doc, num_id=80)

    h1("2025年工作开展情况")
    for lead, text in [
        (
            "（一）聚焦项目建设，经济发展稳中有进。",
            "全年完成固定资产投资6.8亿元，增长10.4%；实施重点项目9个，其中县冷链物流中心一期、石门农产品加工园标准厂房等5个项目建成投用。新引进企业7家，新增规上工业企业3家，镇级财政收入达到4260万元。农业基础进一步夯实，新建高标准农田2800亩，粮食总产保持稳定，高山茶、冷水鱼等特色产品通过电商平台销往全国各地，全年网络零售额突破3000万元。",
        ),
        (
            "（二）聚焦民生保障，群众获得感持续增强。",
            "全年民生支出占一般公共预算支出的78%。年初确定的“十件实事”全部办结，新建镇区公共停车场1处，改造老旧小区2个，新增城镇就业岗位560个。坚持安全发展，实现“两个不发生”，即不发生较大以上安全生产事故、不发生影响社会稳定的群体性事件。",
        ),
        (
            "（三）聚焦基层治理，乡村面貌焕然一新。",
            "推进自治、法治、德治“三治融合”，在14个村（社区）全面推行积分制管理，评选“文明家庭”“好婆婆好媳妇”236户。完成农村户厕改造820户，打造柳塘村、石桥村两个县级美丽乡村示范村，吸引了四面八方的游客前来观光，全年接待游客12.6万人次，带动村集体经营性收入平均增长18%。持续深化平安石门建设，全年调处各类矛盾纠纷231起，调处成功率达到98.3%，群众安全感满意度位居全县前列。全镇教育、卫生、文化等社会事业协调发展，镇中心小学被评为市级文明校园，镇卫生院成功创建省级群众满意的乡镇卫生院。",
        ),
    ]:
        para(doc, text, lead=lead)
    h1("存在的主要问题")
    para(
        doc,
        "在肯定成绩的同时，我们也清醒地看到，全镇发展中还存在三个方面的问题：一是产业结构比较单一，农产品加工链条短、附加值低；二是镇区基础设施欠账较多，公共服务能力与群众期盼还有差距；三是部分村干部年龄偏大、能力偏弱，带领群众致富的本领不强。对这些问题，镇党委、镇政府高度重视，已经研究制定了整改措施，将在今后的工作中逐项加以解决。",
    )
    h1("2026年工作打算")
    para(
        doc,
        "2026年，全镇经济社会发展的主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%以上，农村居民人均可支配收入增长7.5%以上。围绕上述目标，我们将坚持把项目建设作为推动发展的主抓手，持续优化营商环境，积极对接县经开区和周边乡镇，力争在产业链延伸上取得新的突破。全镇计划实施重点项目6个，总投资5.8亿元。",
    )
    for t in [
        "石门冷链物流中心二期，总投资1.6亿元；",
        "农产品加工园标准厂房三期，总投资1.2亿元；",
        "镇区污水管网提质改造工程，总投资0.9亿元；",
        "石桥村高山茶园提升工程，总投资0.6亿元；",
        "镇中心小学综合楼，总投资0.8亿元；",
        "柳塘至石桥旅游公路，总投资0.7亿元。",
    ]:
        p = para(doc, t)
        set_num(p, 81)
    para(
        doc,
        "我们将坚持项目为王，实行镇领导包项目、包企业、包难题的工作机制，全力推动项目早开工、早投产、早见效；同时持续抓好民生实事和基层治理，努力让全镇群众的日子越过越红火。在抓好发展的同时，我们将坚持全面从严治党，持续加强干部作风建设，把镇村两级干部的精气神凝聚到干事创业上来，为全县高质量发展贡献石门力量。",
    )
    signature(doc, ["中共石门镇委员会", "石门镇人民政府", "2026年1月8日"])
    p = doc.add_paragraph()
    body_fmt(p, indent=False)
    font(p.add_run("附件：石门镇2025年“十件实事”完成情况"), FS, 16)
    for t in [
        "1.镇区公共停车场建设：已完成，新增车位180个。",
        "2.老旧小区改造：已完成，惠及住户412户。",
        "3.农村饮水提质：已完成，受益群众3600人。",
    ]:
        p = doc.add_paragraph()
        body_fmt(p, indent=False)
        font(p.add_run(t), FS, 16)
    doc.save(OUT / "r03_township_summary_signature.docx")


# ---------------------------------------------------------------- r04
def r04():
    doc = new_doc()
    t = doc.add_paragraph(style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(t.add_run("在石门镇领导干部大会上的表态发言"), XBS, 22, color_black=True)
    for s in ["石门镇党委书记　任晓东", "（2026年4月3日）"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body_fmt(p, indent=False)
        font(p.add_run(s), KT, 16)
    para(doc, "尊敬的韩书记，各位领导、同志们：")
    para(
        doc,
        "刚才，县委组织部宣布了县委关于石门镇党委主要负责同志调整的决定，韩书记作了重要讲话，对石门镇的工作给予了充分肯定，对新一届班子提出了殷切希望。我完全拥护县委的决定，衷心感谢组织的信任和培养。同时，也要感谢刚刚调任县直部门的老书记，他在石门工作了整整六年，为全镇的发展打下了坚实基础，他的敬业精神和务实作风，是我今后工作的榜样。",
    )
    para(
        doc,
        "石门是一块干事创业的热土。这些年，在历届班子的接续努力下，石门的冷链物流、农产品加工从无到有、由小到大，镇区面貌一年一个样，很多经验在全县推广。特别是去年，面对持续干旱和农产品价格下跌的双重压力，镇村干部日夜坚守在抗旱一线，帮助群众打井抽水、联系销路，全镇农民收入不降反增，得到了县委、县政府的充分肯定。这些成绩，凝聚着全镇干部群众的心血和汗水。我在县直部门工作了十多年，到乡镇担任主要负责人还是第一次，对基层工作特别是农村工作还不够熟悉，心里既有干事的激情，也有本领恐慌。对我来说，接过这一棒，既是荣誉，更是沉甸甸的责任。作为镇党委的一把手，我对自己提出三点要求。",
    )
    p = para(
        doc,
        "尽快由“外行”变“内行”。三个月内，我要走遍全镇14个村（社区），走遍辖区所有规上企业，走遍全部在建项目工地，走遍每一户特困家庭，做到“四个走遍”，把镇情民情摸清楚、把发展思路理清楚。在此基础上，我将和班子成员一起，认真研究石门今后五年的发展思路，广泛听取老干部、老党员、企业家和群众代表的意见，把大家的智慧凝聚到推动发展上来。我将虚心向老同志学习、向班子成员学习、向基层群众学习，尽快进入角色。班子成员之间要多沟通、多补台，大事讲原则、小事讲风格，形成干事创业的强大合力。",
        lead="一要在学习上下功夫，",
    )
    # the user pressed Shift+Enter and typed the next point by hand
    p.runs[-1].add_break()
    font(p.add_run("二要在发展上求突破，"), FS, 16, bold=True)
    font(
        p.add_run(
            "接好石门高质量发展的“接力棒”。发展是第一要务，也是解决石门一切问题的关键。我将坚持一张蓝图绘到底，继续抓好冷链物流中心二期、农产品加工园三期等重点项目，力争今年全镇固定资产投资增长10%以上。要建立“三项清单”——问题清单、任务清单、责任清单，一项一项抓推进，一件一件抓落实。同时，要把群众最关心的饮水、出行、就医、上学等问题放在心上，今年再为群众办成一批看得见、摸得着的实事，让发展成果更多更公平地惠及全镇群众。石门有区位优势，有产业基础，更有一支能吃苦、能战斗的干部队伍，只要我们坚定信心、真抓实干，就一定能够在全县发展大局中走在前列。"
        ),
        FS,
        16,
    )
    para(
        doc,
        "守住清正廉洁的“生命线”。我将严格落实全面从严治党主体责任，带头执行民主集中制，重大事项一律集体研究决定，决不搞“一言堂”，遇事多和班子成员商量。凡是要求别人做到的，自己首先做到；凡是要求别人不做的，自己坚决不做。管好自己，也管好身边人，自觉接受组织和群众监督，一心一意为石门群众办实事、谋福利，决不辜负组织的重托和群众的期望。我也恳请各位领导、各位同志，对我的工作多提意见、多给支持，发现问题及时提醒，让我少走弯路、不走错路。我相信，有县委的坚强领导，有历届班子打下的良好基础，有全镇干部群众的团结奋斗，石门的明天一定会更加美好。",
        lead="三要在作风上作表率，",
    )
    para(doc, "谢谢！")
    doc.save(OUT / "r04_pledge_soft_break.docx")


# ---------------------------------------------------------------- r11
def r11():
    doc = new_doc()
    add_abstract(doc, 82, [("chineseCounting", "%1、", "Heading1")], 82)
    add_abstract(doc, 83, [("bullet", "\u25cf", None)], 83)
    t = doc.add_paragraph(style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(t.add_run("在全县文明城市创建工作推进会上的讲话"), XBS, 22, color_black=True)
    for s in ["县委常委、宣传部部长　梁静怡", "（2026年8月18日）"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body_fmt(p, indent=False)
        font(p.add_run(s), KT, 16)

    H1 = partial(h_styled, doc, num_id=82)

    para(doc, "同志们：")
    para(
        doc,
        "今天召开全县文明城市创建工作推进会，主要任务是通报前一阶段创建工作情况，查找差距，部署下一阶段迎检冲刺工作。刚才，县文明办通报了第二季度测评情况，城关街道、县市场监管局作了表态发言，我都赞成。",
    )
    para(
        doc,
        "创建省级文明城市，是县委、县政府向全县人民作出的庄严承诺。今年以来，全县上下按照“环境美化、秩序优化、服务提质”三大行动的部署，拆除违章建筑1.2万平方米，整治背街小巷46条，新增停车泊位3800个，城市面貌明显改善。特别是城关街道在老旧小区改造中推行“居民点菜、政府买单”的办法，群众参与的积极性很高，这个经验要在全县推广。但是，第二季度测评我县排在全市第五位，有11项指标失分较多。离11月份的正式测评只有不到三个月时间，时间紧、任务重、要求高。下面，我就做好下一步工作讲三点意见。",
    )
    H1("清醒认识形势，切实增强创建工作的紧迫感")
    para(
        doc,
        "文明城市创建是一项系统工程，也是一场只能赢不能输的硬仗。从测评情况看，我们有的单位思想上还存在松劲懈怠情绪，认为创建是文明办一家的事；有的满足于迎检时突击整治，检查一过就“涛声依旧”。还有的单位在测评中反复失分，同样的问题上季度指出了、这季度依然存在。这些问题必须引起高度重视。大家要清醒地看到，周边几个县市的创建工作都在加速推进，我们不进则退，慢进也是退。各单位一把手要把创建工作摆上重要议事日程，亲自研究、亲自部署、亲自督办。创建工作成效如何，群众看在眼里、记在心上，测评组也会拿着问卷走进小区、走进市场，来不得半点虚假。",
    )
    H1("聚焦短板弱项，全力攻克测评失分点位")
    para(
        doc,
        "对测评中失分的11项指标，县文明办要逐项列出问题清单，明确牵头单位和完成时限，实行挂图作战、销号管理。对已经整改的问题，要组织“回头看”，防止问题反弹。",
        lead="（一）抓好失分指标整改。",
    )
    para(
        doc,
        "要对照测评体系，对重点点位开展集中整治，做到一个点位一名责任人。",
        lead="（二）抓好重点点位整治。",
    )
    for s in [
        "农贸市场：划行归市，落实“门前三包”，杜绝占道经营；",
        "背街小巷：清理乱堆乱放，修补破损路面；",
        "居民小区：规范垃圾分类投放，整治飞线充电和楼道堆物；",
        "公共场所：完善公益广告和志愿服务站点；",
        "交通路口：规范非机动车停放，劝导行人闯红灯。",
    ]:
        p = doc.add_paragraph()
        body_fmt(p)
        set_num(p, 83)
        font(p.add_run(s), FS, 16)
    p = para(
        doc,
        "创建工作离不开群众参与。要广泛开展“文明家庭”“最美志愿者”评选活动，组织党员志愿者每周到社区开展一次志愿服务，让群众从创建的“旁观者”变成“参与者”。县融媒体中心要开设创建专栏，既宣传好经验好做法，也曝光不文明行为，营造人人关心创建、人人参与创建的浓厚氛围。",
        lead="（三）抓好群众宣传发动。",
    )
    # the user pressed Shift+Enter and typed the next part heading by hand
    p.runs[-1].add_break()
    font(p.add_run("三、压实工作责任，确保创建目标如期实现"), HT, 16)
    para(
        doc,
        "县创建指挥部要实行周调度、旬通报制度，各责任单位每周五前报送工作进展。县委督查室、县纪委监委要加强督查问责，对工作推进不力、造成测评失分的单位和个人，严肃追究责任。各乡镇、各部门主要负责同志是本单位创建工作的第一责任人，分管负责同志是直接责任人，要把责任层层压实到科室、到个人，形成一级抓一级、层层抓落实的工作格局。对在创建工作中表现突出的单位和个人，创建结束后将予以表彰奖励。要做到问题不解决不放过、整改不到位不放过、群众不满意不放过。",
    )
    para(
        doc,
        "同志们，文明城市是全县人民共同的家园，创建成果也由全县人民共享。让我们以只争朝夕的精神、攻坚克难的劲头，全力以赴打好迎检冲刺这场硬仗，确保省级文明城市创建目标如期实现！",
    )
    doc.save(OUT / "r11_civilized_city_word_numbering.docx")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    r03()
    r04()
    r11()
