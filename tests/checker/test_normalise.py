import pytest

from cases.checker.normalise import normalise, normalise_pattern, normalise_phrase


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("验证码", "验证码"),
        ("驗證碼", "验证码"),  # traditional → simplified
        ("验 证 码", "验证码"),  # spaces inside a phrase
        ("验-证。码", "验证码"),  # punctuation inside a phrase
        ("验\u200b证码", "验证码"),  # zero-width space
        ("ＱＱ", "qq"),  # full-width letters, lower case
        ("ＶＸ号", "vx号"),
        ("９６１１０", "96110"),  # full-width digits
        ("三倍赔偿", "3倍赔偿"),  # Chinese numerals
        ("叁倍", "3倍"),
        ("①②", "12"),  # circled digits
        ("退款😀🎉", "退款"),  # emoji dropped
        ("", ""),
        ("😀！？", ""),
        ("＋００ 852-1234", "+008521234"),  # "+" and "¥" are kept, other symbols dropped
        ("¥500★", "¥500"),
    ],
)
def test_normalise_folds_the_spellings_of_a_phrase(written, folded):
    assert normalise(written).text == folded


def test_normalise_maps_each_kept_character_to_its_origin():
    text = "把 驗-證碼 告訴我"
    folded = normalise(text)
    start = folded.text.index("验证码")
    begin, end = folded.span_in_original(start, start + 3)
    assert text[begin:end] == "驗-證碼"


def test_normalise_keeps_origins_when_one_character_expands():
    text = "㈠退款"  # NFKC turns ㈠ into "(一)"
    folded = normalise(text)
    assert folded.text == "1退款"
    start = folded.text.index("退款")
    begin, end = folded.span_in_original(start, start + 2)
    assert text[begin:end] == "退款"


def test_phrase_and_pattern_folding_match_the_text_folding():
    assert normalise_phrase("安全 賬戶") == "安全账户"
    # A pattern keeps its syntax: punctuation is not dropped, literals are folded.
    assert normalise_pattern(r"[三四]倍.{0,2}賠償") == r"[34]倍.{0,2}赔偿"
    # Escapes keep their case (\D is not \d); the matcher ignores case instead.
    assert normalise_pattern(r"\D加QQ") == r"\D加QQ"


def test_a_character_that_lengthens_in_lower_case_leaves_phrase_conversion_alone():
    # "İ".lower() is two characters; before the fold kept one per character, the whole
    # message fell back to converting character by character and 回覆 stayed 回覆.
    assert normalise("İ 請回覆").text == normalise("i 請回覆").text == "i请回复"
