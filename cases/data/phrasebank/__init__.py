"""Phrase bank for generated test data (`manage.py generate_data`): plain Python data.

Everything here is written for the generator: made-up people (aliases only), places
and sentences in the style of police case reports. None of it is real content.

The scam words the search benchmark looks for (`planted.PLANTED`) appear only
where the generator plants them, at known rates: no other string here contains
one (tests/test_generate_data.py checks), so other sentences paraphrase them
(售后人员, 退钱, 理赔, 转钱, 屏幕分享 …).
"""
