"""Every scam type's explainer renders, from the production taxonomy and from the demo content."""

import pytest

from cases.models import ScamType
from cases.services.loading import demo_load, taxonomy_load

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("load", [taxonomy_load, demo_load], ids=["production", "demo"])
def test_every_scam_type_explainer_renders(client, load):
    load()
    scam_types = ScamType.objects.published()
    assert scam_types.count() == 10
    for scam_type in scam_types:
        response = client.get(scam_type.get_absolute_url())
        assert response.status_code == 200, scam_type.slug
        html = response.content.decode()
        assert scam_type.name in html
        assert scam_type.summary in html


def test_every_technique_page_renders_with_its_code(client):
    taxonomy_load()
    for technique in ScamType.objects.get(slug="fake-loan").techniques.all():
        response = client.get(technique.get_absolute_url())
        assert response.status_code == 200, technique.code
        assert technique.code in response.content.decode()
