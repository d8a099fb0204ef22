"""The moderation queue for citizen reports, and the indicators they name.

Reviewers see each report with the checker's reading of its text, the
indicators found in it and the reports sharing them; they accept, reject as
spam, merge duplicates or turn a report into an internal case. Every action
goes through `cases.services.reports` and lands in the report's history.
Contact details, and the screenshots (which may show them), need 审核举报
(`cases.moderate_report`), as do the actions.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from cases.checker.scoring import RiskLevel
from cases.models import Indicator, Report, ReportScreenshot
from cases.roles import MODERATE_REPORT_PERMISSION
from cases.selectors.reports import report_reading, similar_reports
from cases.services import reports as services

CITIZEN_FIELDS = ["narrative", "contacts_text", "amount", "payment_method", "paid_on"]
CONTACT_FIELDS = ["contact_consent", "contact_name", "contact_phone", "contact_purged_at"]
# The checker page's verdict titles, for reviewers.
RISK_LABELS = {
    RiskLevel.HIGH: "高度疑似诈骗",
    RiskLevel.MEDIUM: "疑似诈骗",
    RiskLevel.LOW: "有可疑之处",
    RiskLevel.NONE: "未发现已知特征",
}


def can_moderate(request) -> bool:
    return request.user.has_perm(MODERATE_REPORT_PERMISSION)


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    list_display = [
        "reference",
        "created_at",
        "status",
        "moderation",
        "scam_type",
        "channel",
        "indicator_count",
        "loss",
    ]
    list_filter = ["moderation", "status", "scam_type", "channel", "platform", "created_at"]
    list_select_related = ["scam_type", "channel"]
    search_fields = ["reference"]
    date_hierarchy = "created_at"
    ordering = ["-created_at", "-pk"]
    actions = ["mark_under_review", "accept", "reject_spam", "merge_duplicates", "turn_into_case"]
    readonly_fields = [
        "reference",
        "created_at",
        "status",
        "moderation",
        "merged_into",
        "case_link",
        "reviewed_by",
        "reviewed_at",
        *CITIZEN_FIELDS,
        *CONTACT_FIELDS,
        "checker_reading",
        "indicator_table",
        "similar_table",
        "screenshot_links",
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (None, {"fields": ["reference", "created_at", "status", "moderation", "merged_into", "case_link"]}),
            ("分类（可修改）", {"fields": ["scam_type", "channel", "platform"]}),
            ("举报内容", {"fields": CITIZEN_FIELDS}),
            ("自查工具的判断", {"fields": ["checker_reading"]}),
            ("线索与相似举报", {"fields": ["indicator_table", "similar_table"]}),
            ("审核", {"fields": ["reviewed_by", "reviewed_at"]}),
        ]
        if can_moderate(request):
            fieldsets.insert(3, ("截图", {"fields": ["screenshot_links"]}))
            fieldsets.append(("联系方式（仅审核举报权限可见）", {"fields": CONTACT_FIELDS}))
        return fieldsets

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(indicator_total=Count("indicator_links"))

    def has_add_permission(self, request):
        return False  # reports come from citizens only

    def has_delete_permission(self, request, obj=None):
        return False  # rejected or merged, never deleted: the history stays whole

    def has_moderate_permission(self, request):
        return can_moderate(request)

    # --- list columns and change-page panels ---------------------------------------------------

    @admin.display(description="线索数", ordering="indicator_total")
    def indicator_count(self, obj):
        return obj.indicator_total

    @admin.display(description="损失（元）", ordering="amount")
    def loss(self, obj):
        return f"{obj.amount:,.2f}" if obj.amount is not None else "—"

    @admin.display(description="转为案例")
    def case_link(self, obj):
        if obj.case_id is None:
            return "—"
        return format_html(
            '<a href="{}">案例 #{}</a>', reverse("admin:cases_case_change", args=[obj.case_id]), obj.case_id
        )

    @admin.display(description="自查工具的判断")
    def checker_reading(self, obj):
        reading = report_reading(obj)
        signals = format_html_join("", "<li>{}：{}</li>", ((s.kind_label, s.name) for s in reading.result.signals))
        techniques = format_html_join(
            "",
            "<li>{} {}（{}）</li>",
            ((m.technique.code, m.technique.name, m.technique.stage.name) for m in reading.report.techniques),
        )
        types = "、".join(scam_type.name for scam_type in reading.report.scam_types) or "—"
        return format_html(
            "<p>风险等级：<strong>{}</strong>（分值 {}）；可能的类型：{}</p><p>信号：</p><ul>{}</ul><p>手法：</p><ul>{}</ul>",
            RISK_LABELS[reading.result.level],
            reading.result.score,
            types,
            signals or mark_safe("<li>—</li>"),
            techniques or mark_safe("<li>—</li>"),
        )

    @admin.display(description="提取的线索")
    def indicator_table(self, obj):
        rows = format_html_join(
            "",
            '<tr><td>{}</td><td><a href="{}">{}</a></td><td>{}</td></tr>',
            (
                (i.get_kind_display(), reverse("admin:cases_indicator_change", args=[i.pk]), i.display, i.report_count)
                for i in obj.indicators.order_by("kind", "display")
            ),
        )
        if not rows:
            return "没有找到号码、链接或账号。"
        return format_html(
            "<table><thead><tr><th>类别</th><th>线索</th><th>独立有效举报</th></tr></thead><tbody>{}</tbody></table>",
            rows,
        )

    @admin.display(description="相似举报（有相同线索）")
    def similar_table(self, obj):
        rows = format_html_join(
            "",
            '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>',
            (
                (
                    reverse("admin:cases_report_change", args=[other.pk]),
                    other.reference,
                    f"{other.created_at:%Y-%m-%d %H:%M}",
                    other.get_moderation_display(),
                    other.shared,
                )
                for other in similar_reports(obj)
            ),
        )
        if not rows:
            return "没有其他举报提到相同的线索。"
        return format_html(
            "<table><thead><tr><th>编号</th><th>提交时间</th><th>审核结论</th><th>相同线索</th></tr></thead><tbody>{}</tbody></table>",
            rows,
        )

    @admin.display(description="截图")
    def screenshot_links(self, obj):
        links = format_html_join(
            " ",
            '<a href="{}" target="_blank" rel="noopener">截图 {}</a>',
            (
                (reverse("admin:cases_report_screenshot", args=[obj.pk, shot.pk]), number)
                for number, shot in enumerate(obj.screenshots.all(), start=1)
            ),
        )
        return links or "—"

    # --- screenshots, behind the permission ----------------------------------------------------

    def get_urls(self):
        view = self.admin_site.admin_view(self.screenshot_view)
        return [path("<int:report_id>/screenshot/<int:pk>/", view, name="cases_report_screenshot"), *super().get_urls()]

    def screenshot_view(self, request, report_id, pk):
        if not can_moderate(request):
            raise PermissionDenied
        shot = get_object_or_404(ReportScreenshot, pk=pk, report_id=report_id)
        try:
            handle = shot.image.open("rb")
        except (FileNotFoundError, OSError) as error:
            raise Http404 from error
        response = FileResponse(handle, content_type="application/octet-stream", as_attachment=False)
        response["Content-Type"] = "image/" + (shot.image.name.rsplit(".", 1)[-1].replace("jpg", "jpeg") or "png")
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response

    # --- actions -------------------------------------------------------------------------------

    def _each(self, request, queryset, action, done: str):
        count = 0
        for report in queryset:
            try:
                action(report=report, user=request.user)
            except ValidationError as error:
                self.message_user(request, "；".join(error.messages), messages.ERROR)
            else:
                count += 1
        if count:
            self.message_user(request, done.format(count=count), messages.SUCCESS)

    @admin.action(description="标记为审核中", permissions=["moderate"])
    def mark_under_review(self, request, queryset):
        self._each(request, queryset, services.report_mark_under_review, "已将 {count} 条举报标记为审核中。")

    @admin.action(description="采纳（计入线索的举报次数）", permissions=["moderate"])
    def accept(self, request, queryset):
        self._each(request, queryset, services.report_accept, "已采纳 {count} 条举报。")

    @admin.action(description="驳回：垃圾举报", permissions=["moderate"])
    def reject_spam(self, request, queryset):
        self._each(request, queryset, services.report_reject_spam, "已驳回 {count} 条垃圾举报。")

    @admin.action(description="合并重复举报（并入最早的一条）", permissions=["moderate"])
    def merge_duplicates(self, request, queryset):
        reports = list(queryset)
        if len(reports) < 2:
            self.message_user(request, "请至少选择两条重复的举报。", messages.WARNING)
            return
        kept = services.report_merge_duplicates(reports=reports, user=request.user)
        self.message_user(request, f"已将 {len(reports) - 1} 条举报合并到 {kept.reference}。", messages.SUCCESS)

    @admin.action(description="转为内部案例（不公开）", permissions=["moderate"])
    def turn_into_case(self, request, queryset):
        for report in queryset:
            try:
                case = services.report_to_case(report=report, user=request.user)
            except ValidationError as error:
                self.message_user(request, "；".join(error.messages), messages.ERROR)
                continue
            url = reverse("admin:cases_case_change", args=[case.pk])
            self.message_user(
                request,
                format_html(
                    '举报 {} 已转为内部案例草稿 <a href="{}">#{}</a>，请核实后补充。', report.reference, url, case.pk
                ),
                messages.SUCCESS,
            )


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["display", "kind", "report_count", "first_seen", "last_seen", "domain"]
    list_filter = ["kind", "scam_types"]
    search_fields = ["display", "domain", "last4"]
    readonly_fields = ["kind", "display", "last4", "domain", "report_count", "first_seen", "last_seen"]
    filter_horizontal = ["scam_types", "techniques"]
    fields = [*readonly_fields, "scam_types", "techniques"]

    def has_add_permission(self, request):
        return False  # indicators come from reports only
