"""The labels that open editorial apparatus (编者按, 注释, 【参考资料】, 附录：…, 网友评论).

Read in two places, under the title (:mod:`.apparatus_top`) and after the text
(:mod:`.apparatus_tail`), and by cleaning, which must keep such a label where it looks like a
page's button (:func:`is_apparatus_label`): one list, so the three never disagree on what a
label is.
"""

from __future__ import annotations

import re

# 【导  读】… / 编者按：… / 【背景】…: a labelled note; the label is dropped, the text kept
NOTE_LABEL = re.compile(
    r"^[【\[［]\s*(导\s*读|编\s*者\s*按|编者的话|编\s*者\s*注|按\s*语|背\s*景|题\s*解|提\s*要|内容提要)"
    r"\s*[】\]］][：:\s\u3000]*"
    r"|^(编者按|编者的话|编者注|按语|题解|内容提要|导读|录入者注|整理者注|译者注|校者注|摘要|核心提示"
    # the recorder's note on a talk taken down (整理说明：根据现场录音整理，… / 记录说明：…)
    r"|(?:整理|记录|录音整理|记录整理)(?:者)?(?:说明|附记|注)"
    # the drafting office's edit log over a draft (修改记录：3月14日初稿；3月16日按…意见修改)
    r"|修改记录|修订记录|编辑记录|版本记录)"
    r"\s*[：:]\s*"
)


ENDNOTE_LABEL = re.compile(r"^[【\[［]?\s*(注\s*释|注|尾注|脚注|注解)\s*[】\]］]?\s*[：:]?$")


ENDNOTE = re.compile(r"^[\[［〔【](\d{1,3})[\]］〕】]")


APPENDIX_LABEL = re.compile(
    r"^[【\[［]\s*(参考资料|参考文献|相关资料|背景资料|延伸阅读|附\s*录|附\s*件|资料链接|链接|华为文件|蓝血文章|相关文章|相关文件)"
    r"\s*[】\]］]$|^(参考资料|参考文献|附\s*录|背景资料)\s*[：:]?$"
)


# 附录：关于若干历史问题的决议: an appended document under a label that names it (a 选集 prints
# the resolution that settled what the speech spoke of after the speech's own notes); and
# 附：大会议程, the short form an office or a notes app writes over the agenda or document it
# appends (a stop inside says a sentence, not a label). Not the speaker's own answers appended
# under it (附：诺亚方舟实验室座谈回答): the study gold keeps those as the talk's body
# (tests/study/gold/README.md, batch 10), so a label naming a Q&A stays a part
TITLED_APPENDIX = re.compile(
    r"^附\s*录\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]\s*[^\s：:。；，].{0,30}$"
    r"|^附\s*[：:](?![^。；！？]*(?:问答|回答|答问|答疑|互动|交流|对话|座谈))"
    r"\s*[^\s：:。；，][^。；！？]{0,30}$"
)


TITLED_MAX = 36  # characters of such a label, title and all


# 【公司文件】, 【相关材料】: a label naming appended material by what it is
_MATERIAL_LABEL = re.compile(
    r"^[【\[［][\u4e00-\u9fff]{0,6}(文件|文章|资料|材料|文献|附录|附件)[】\]］]$"
)


COMMENTS_LABEL = re.compile(
    r"^[【\[［]?\s*(网友评论|读者评论|发表评论|评论区|网友留言|读者留言|精彩评论|热门评论|全部评论|用户评论"
    r"|最新评论|相关评论|评论(?=\s*[（(]\d))\s*(?:[（(]\s*\d+\s*条?[）)])?\s*[】\]］]?\s*[：:]?"
    # the block's button beside its label: "网友评论（3条）　　我要评论"
    r"(?:\s*[【\[［]?(?:我要评论|发表评论|我来说两句)[】\]］]?)?\s*$"
)


def is_apparatus_label(text: str) -> bool:
    """A label that opens apparatus (【参考资料】, 【编者按】, 注释): cleaning must keep it,
    even where it looks like a page's bracketed button."""
    return bool(
        APPENDIX_LABEL.match(text)
        or _MATERIAL_LABEL.match(text)
        or ENDNOTE_LABEL.match(text)
        or COMMENTS_LABEL.match(text)
        or NOTE_LABEL.fullmatch(text)
    )
