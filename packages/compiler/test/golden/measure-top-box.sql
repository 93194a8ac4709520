with "tickets_rows" as (
  select
    *,
    cast(date_trunc('month', timezone($1, "resolved_at")) as date) as "period:resolved_at"
  from "src_tickets"
  where ("resolved_at" is not null)
)
select
  'resolved_at' as "grouping",
  "period:resolved_at" as "period",
  cast(null as varchar) as "breakdown_field",
  cast(null as varchar) as "breakdown_key",
  -- top-box: top-box
  count(*) as "top-box:sample",
  cast(100.0 * count("score") filter (where "score" >= $2) / nullif(count("score"), 0) as double) as "top-box:value",
  cast(count("score") filter (where "score" >= $2) as double) as "top-box:numerator",
  cast(count("score") as double) as "top-box:denominator"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm",4]
