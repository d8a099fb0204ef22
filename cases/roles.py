"""Staff groups created by migration 0002; their permissions are listed there."""

EDITOR_GROUP = "编辑"  # writes drafts and submits them for review
PUBLISHER_GROUP = "审核发布"  # reviews, publishes, unpublishes and archives; moderates citizen reports (0013)
ANALYST_GROUP = "分析员"  # reads every case and uses the analysis workspace

# 审核举报: act on citizen reports in the admin and see the contact details a reporter consented to
# give. Granted to PUBLISHER_GROUP by migration 0013; analysts read reports in the workspace without it.
MODERATE_REPORT_PERMISSION = "cases.moderate_report"
