"""Example messages the checker page offers, to show how it works (made up for the site)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    label: str
    text: str


SAMPLES = {
    "call": Sample(
        label="“快递客服”来电",
        text=(
            "您好，我是快递公司的理赔专员，您上周买的那件外套在运输途中丢失了，"
            "我们按规定给您三倍赔偿。麻烦您加一下我们的企业微信，"
            "再下载一个会议软件，打开屏幕共享，我一步步教您操作。"
            "稍后您会收到一个验证码，念给我听就能到账。"
        ),
    ),
    "sms": Sample(
        label="“退款”短信",
        text="【购物平台】您购买的商品存在质量问题，已为您办理退款，请点击链接 http://tk-refund.cc 填写银行卡号和验证码领取。",
    ),
    "chat": Sample(
        label="“刷单”聊天",
        text="招兼职啦！在家动动手指给商品点赞刷单，一单一结，日赚三五百。先垫付小额订单，完成任务马上返佣金。",
    ),
}
