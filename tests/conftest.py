import pytest
from django.core.cache import cache

from cases.roles import ANALYST_GROUP, EDITOR_GROUP, PUBLISHER_GROUP
from tests.factories import make_user


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache.

    Some cache keys are read from the database (`cases.selectors.fingerprint`);
    a rolled-back test hands its ids out again, so such a key can repeat.
    """
    cache.clear()


@pytest.fixture
def editor(db):
    return make_user(username="editor", groups=[EDITOR_GROUP])


@pytest.fixture
def publisher(db):
    return make_user(username="publisher", groups=[PUBLISHER_GROUP])


@pytest.fixture
def analyst(db):
    return make_user(username="analyst", groups=[ANALYST_GROUP], is_staff=False)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def publisher_client(client, publisher):
    client.force_login(publisher)
    return client


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


@pytest.fixture
def analysis_data(db):
    from tests.analysis_data import build_analysis_data

    return build_analysis_data()
