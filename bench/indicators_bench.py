"""Benchmark of the indicator extractor (not a test): `extract` on a 2,000-character message.

    /work/main/.venv/bin/python bench/indicators_bench.py
    /work/main/.venv/bin/python bench/indicators_bench.py --runs 1000 --seed 7

The message is generated: plain Chinese sentences with about 20 indicators
mixed in (mobile, landline, service and overseas numbers, links, QQ and WeChat
ids, apps, a bank card, amounts, a masked number), padded to 2,000 characters.
The extractor is pure Python, so no database or Django settings are needed.
Prints the median, p95 and max over --runs calls, after a few warm-up calls.
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cases.indicators import extract  # noqa: E402

FILLER = [
    "您好，这里是平台客服中心，您的账户存在异常。",
    "为了您的资金安全，请按照提示操作，不要告诉任何人。",
    "我们会尽快为您处理退款事宜，请耐心等待。",
    "如有疑问可以随时联系我们，我们二十四小时在线。",
    "您购买的商品质量有问题，我们将给您三倍赔偿。",
    "系统显示您开通了百万保障服务，每月将自动扣费。",
]
INDICATORS = [
    "请拨打13812345678",
    "客服热线400-820-8820",
    "座机010-12345678",
    "来电+63 917 123 4567",
    "【工商银行】+95566",
    "回电0085261234567",
    "点击 t.cn/A6xyzAB 查看",
    "登录www.icbc.com.cn。",
    "访问http://1.2.3.4:8080/a",
    "加QQ：12345678",
    "加微信：zhang_san88",
    "VX 13912345678",
    "下载“安全防护”APP",
    "装一个腾讯会议",
    "打开ToDesk共享屏幕",
    "卡号6222 0212 3456 7890 123",
    "转账5000元",
    "共计3.5万元",
    "号码138****5678已冻结",
    "联系170 1234 5678",
]


def message(seed: int, length: int = 2000) -> str:
    rng = random.Random(seed)
    parts = []
    for indicator in INDICATORS:
        parts += [rng.choice(FILLER), indicator, "，"]
    text = "".join(parts)
    while len(text) < length:
        text += rng.choice(FILLER)
    return text[:length]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    text = message(args.seed)
    found = extract(text)
    for _ in range(10):
        extract(text)
    samples = []
    for _ in range(args.runs):
        began = time.perf_counter()
        extract(text)
        samples.append(time.perf_counter() - began)
    samples.sort()
    p95 = samples[max(0, round(0.95 * len(samples)) - 1)]
    print(f"message: {len(text)} characters, {len(found)} indicators")
    print(
        f"extract over {args.runs} runs: median {statistics.median(samples) * 1000:.3f} ms   "
        f"p95 {p95 * 1000:.3f} ms   max {samples[-1] * 1000:.3f} ms"
    )


if __name__ == "__main__":
    main()
