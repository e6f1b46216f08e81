-- Open follow-ups (docs/engagement.md): the tenant's contact requests in answer order. Partial, because few responses
-- want contact, so the index stays small and survey ingestion mostly skips it.
create index survey_response_contact_requests on survey_response (tenant_id, responded_at, id)
  where wants_contact and responded_at is not null;
