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
  -- ratio: First contact resolution
  count(*) as "ratio:sample",
  cast((count(*) filter (where "reopen_count" = $2) * $3) / nullif(count(*), 0) as double) as "ratio:value",
  cast(count(*) filter (where "reopen_count" = $2) as double) as "ratio:numerator",
  cast(count(*) as double) as "ratio:denominator"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm",0,100]
