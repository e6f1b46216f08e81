-- Win-back lists rank by predicted value (issue 6): the next year's value of each customer's buying pattern under the
-- tenant's prediction model, stored when the customer is derived (a write, the catch-up, or the re-derivation of
-- every customer that follows each fit). Null before a spend model reached the customer, and for prospects.
-- Adding a nullable column without a default rewrites nothing, so the migration is instant on a large table.
alter table customer add column predicted_value numeric;
