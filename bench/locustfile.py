"""Mixed traffic for the load test: what citizens do on the public site, plus load-balancer probes.

Run through bench/load.py, which prepares the database and gunicorn. Every
response other than the expected status counts as an error; the not-found
probe expects 404.
"""

import random
import re

from locust import HttpUser, between, task

LINK = re.compile(r'href="(/(?:articles|cases|types|techniques)/[^"/]+/)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MESSAGES = [
    "您好，我是淘宝客服，您购买的商品有质量问题，我们将为您办理三倍理赔，请添加企业微信。",
    "【快递】您的包裹已丢失，点击链接办理赔付，需要提供银行卡号和验证码。",
    "今晚一起吃饭吗？",
    "您的支付宝备用金已开通，如不关闭每月将扣除手续费，请下载会议App共享屏幕处理。",
]


class Citizen(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self):
        self.links = []
        for page in ("/articles/", "/cases/", "/"):
            response = self.client.get(page, name=page)
            self.links += LINK.findall(response.text)
        self.links = sorted(set(self.links)) or ["/"]

    @task(4)
    def home(self):
        self.client.get("/")

    @task(3)
    def article_list(self):
        self.client.get("/articles/")

    @task(3)
    def case_list(self):
        self.client.get("/cases/")

    @task(8)
    def detail(self):
        link = random.choice(self.links)
        self.client.get(link, name=re.sub(r"/[^/]+/$", "/<id>/", link))

    @task(2)
    def checker(self):
        # Production settings mark the CSRF cookie Secure; the app runs behind a TLS proxy, so say
        # what that proxy would (X-Forwarded-Proto) and hand the cookie back as a browser on HTTPS does.
        https = {"X-Forwarded-Proto": "https"}
        page = self.client.get("/check/", name="/check/", headers=https)
        token = CSRF.search(page.text)
        cookie = page.cookies.get("csrftoken")
        if token and cookie:
            self.client.post(
                "/check/",
                {"message": random.choice(MESSAGES), "csrfmiddlewaretoken": token.group(1)},
                name="/check/ POST",
                headers={
                    **https,
                    "Referer": f"https://{self.host.split('://')[1]}/check/",
                    "Cookie": f"csrftoken={cookie}",
                },
            )

    @task(1)
    def health(self):
        self.client.get("/healthz")

    @task(1)
    def not_found(self):
        with self.client.get("/articles/no-such-article/", name="404", catch_response=True) as response:
            if response.status_code == 404:
                response.success()
            else:
                response.failure(f"expected 404, got {response.status_code}")
