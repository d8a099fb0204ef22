"""Made-up people: aliases in the style police posts use, age bands, occupations.

Aliases are a surname with a form of address (王女士, 老李, 小陈（化名）): the
style the site asks for, never a full name.
"""

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万覃武钱严莫孔向常汤"

# (pattern, weight); {s} is a surname.
ALIAS_PATTERNS = {
    "female": [("{s}女士", 6), ("{s}阿姨", 1), ("小{s}（化名）", 2), ("{s}某", 1)],
    "male": [("{s}先生", 6), ("老{s}", 2), ("小{s}（化名）", 2), ("{s}某", 1)],
    "": [("{s}某", 3), ("小{s}（化名）", 1)],
}
# Said of a person with no alias.
NO_ALIAS = ["事主", "当事人", "一名市民", "受害人"]

# Age bands (Case.AgeBand values) → occupations seen in police posts for that age.
OCCUPATIONS = {
    "under18": ["初中生", "高中生", "中职学生"],
    "18-25": ["在校大学生", "应届毕业生", "外卖骑手", "网店店员", "实习生", "待业青年"],
    "26-35": ["公司职员", "程序员", "个体经营者", "护士", "快递员", "销售人员", "教师"],
    "36-45": ["企业财务", "个体经营者", "公司职员", "出纳", "工程师", "自由职业者", "餐馆老板"],
    "46-59": ["企业财务", "个体经营者", "工厂职工", "会计", "社区工作者", "私营业主"],
    "60plus": ["退休教师", "退休职工", "退休干部", "务农村民"],
}
