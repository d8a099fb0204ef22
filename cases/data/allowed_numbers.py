"""Official numbers that may appear in published text: the personal-data guard lets them through.

Production data, loaded by `load_taxonomy`. Short numbers like these are not
personal data the guard would flag anyway; listing them documents the choice
and keeps them safe if the guard ever learns short numbers.
"""

ALLOWED_NUMBERS = [
    {"number": "110", "note": "公安报警电话"},
    {"number": "96110", "note": "全国反诈预警劝阻专线"},
    {"number": "12381", "note": "工业和信息化部涉诈预警劝阻短信的发送号码"},
]
