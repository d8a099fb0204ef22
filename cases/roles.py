"""Staff groups created by migration 0002; their permissions are listed there."""

EDITOR_GROUP = "编辑"  # writes drafts and submits them for review
PUBLISHER_GROUP = "审核发布"  # reviews, publishes, unpublishes and archives
ANALYST_GROUP = "分析员"  # reads every case and uses the analysis workspace
