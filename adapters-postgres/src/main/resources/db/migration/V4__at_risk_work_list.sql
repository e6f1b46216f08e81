-- The at-risk work list (a page of AT_RISK customers by revenue) walks only the customers in the risk bands: the
-- healthy majority is skipped instead of read and filtered out (CustomerSearchSql states the implied band).
create index customer_summary_at_risk_by_revenue on customer_summary (tenant_id, revenue, customer_id)
  where health_band in ('AT_RISK', 'CRITICAL');
