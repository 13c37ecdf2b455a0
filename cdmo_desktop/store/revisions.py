"""The schema revisions this version of the app knows (the Alembic scripts' ids)."""

from __future__ import annotations

# Every revision this version knows, oldest first. A test keeps this equal to the scripts.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_changelog_append_only",
    "0003_money_minor_units",
    "0004_site_tags",
    "0005_named_baselines",
    "0006_risk_scale",
    "0007_partner_scale",
    "0008_engagement_scale",
    "0009_kpis",
    "0010_reassessment",
    "0011_site_closures",
    "0012_kpi_latest",
    "0013_audit_chain",
    "0014_erasure",
    "0015_scale_rest",
    "0016_row_versions",
    "0017_client_access",
    "0018_sync",
    "0019_scale_search",
    "0020_scale_lists",
    "0021_search_everything",
    "0022_portfolio_keys",
    "0023_risk_review_order",
    "0024_partner_positions",
    "0026_partner_buckets",
    "0027_list_marks",
    "0028_risk_marks",
    "0029_portfolio_marks",
    "0030_mark_splits",
    "0031_server_tallies",
    "0032_server_partner_tallies",
    "0033_engagement_group_marks",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
