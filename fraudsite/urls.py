from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from fraudsite.availability import healthz

admin.site.site_header = "反诈中心 · 内容与案例管理"
admin.site.site_title = "反诈中心管理"
admin.site.index_title = "管理首页"

handler500 = "fraudsite.availability.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("cases.urls")),
    # Uploaded covers in local development; production serves media from the web server.
    *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
]
