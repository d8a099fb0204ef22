import pytest

from cases import folding
from cases.folding import fold, fold_with_origins, is_break, to_simplified


def test_fold_by_default_widens_letters_and_digits_only_and_simplifies():
    # Full-width punctuation and the ideographic space stay as written; case and numerals too.
    assert fold("ＡＰＰ１２３，驗證碼！\u3000三倍") == "APP123，验证码！\u3000三倍"


def test_fold_composes_combining_marks():
    assert fold("e\u0301") == "\u00e9"


def test_fold_compatibility_folds_every_compatibility_form():
    assert fold("＋００（ＱＱ）①㈠", compatibility=True) == "+00(QQ)1(一)"


def test_fold_lower_and_numerals_are_separate_rules():
    assert fold("ＱＱ三倍") == "QQ三倍"
    assert fold("ＱＱ三倍", lower=True) == "qq三倍"
    assert fold("ＱＱ三倍", numerals=True) == "QQ3倍"
    assert fold("ＱＱ叁倍", lower=True, numerals=True) == "qq3倍"


def test_fold_converts_whole_phrases_not_only_characters():
    assert to_simplified("回覆") == "回复"  # 覆 alone stays 覆
    assert to_simplified("覆") == "覆"
    assert fold("請回覆") == "请回复"


def test_to_simplified_falls_back_to_characters_if_a_conversion_changes_length(monkeypatch):
    class Lengthening:
        def convert(self, text):
            return text.replace("驗證", "验证了") if len(text) > 1 else {"驗": "验", "證": "证"}.get(text, text)

    monkeypatch.setattr(folding, "_t2s", Lengthening)
    folding._single_to_simplified.cache_clear()
    try:
        assert to_simplified("驗證碼") == "验证碼"
    finally:
        folding._single_to_simplified.cache_clear()


@pytest.mark.parametrize(
    "flags",
    [{}, {"lower": True}, {"compatibility": True, "numerals": True}, {"compatibility": True, "lower": True}],
)
@pytest.mark.parametrize("text", ["ＡＰＰ，驗證碼！", "把 驗-證碼 告訴我，三倍賠償", "㈠退款 ＋００ 852", ""])
def test_fold_with_origins_folds_like_fold(text, flags):
    assert fold_with_origins(text, **flags).text == fold(text, **flags)


def test_fold_with_origins_maps_each_kept_character_to_its_origin():
    text = "把 驗-證碼 告訴我"
    folded = fold_with_origins(text, compatibility=True, drop_breaks=True)
    assert folded.text == "把验证码告诉我"
    start = folded.text.index("验证码")
    begin, end = folded.span_in_original(start, start + 3)
    assert text[begin:end] == "驗-證碼"


def test_fold_with_origins_gives_every_widened_character_its_origin():
    folded = fold_with_origins("㈠退款", compatibility=True)
    assert folded.text == "(一)退款"
    assert folded.origin == (0, 0, 0, 1, 2)


def test_fold_with_origins_keeps_one_character_per_character_in_lower_case():
    # "İ".lower() is two characters; the fold keeps one, and the rest of the text
    # is still converted as phrases (回覆 → 回复, not 回覆 character by character).
    folded = fold_with_origins("İ回覆", lower=True)
    assert folded.text == "i回复"
    assert folded.origin == (0, 1, 2)


@pytest.mark.parametrize("char", [" ", "\u3000", "，", "-", "😀", "★", "\u200b", "\x07", "^"])
def test_breaks_are_spaces_punctuation_symbols_and_controls(char):
    assert is_break(char)


@pytest.mark.parametrize("char", ["+", "¥", "$", "a", "1", "验", "①"])
def test_maths_and_currency_signs_letters_and_digits_are_not_breaks(char):
    assert not is_break(char)
