"""Scam type slugs: the natural keys techniques and advice use to name their types."""

CUSTOMER_SERVICE = "fake-customer-service"
ORDER_BRUSHING = "order-brushing-rebate"
FAKE_POLICE = "impersonating-police"
INVESTMENT = "fake-investment"
LOAN = "fake-loan"
CREDIT_REPAIR = "fake-credit-repair"
SHOPPING = "fake-shopping"
ACQUAINTANCE = "impersonating-boss-or-acquaintance"
GAME_TRADING = "fake-game-trading"
ROMANCE = "online-romance"

ALL_TYPES = [
    CUSTOMER_SERVICE,
    ORDER_BRUSHING,
    FAKE_POLICE,
    INVESTMENT,
    LOAN,
    CREDIT_REPAIR,
    SHOPPING,
    ACQUAINTANCE,
    GAME_TRADING,
    ROMANCE,
]
