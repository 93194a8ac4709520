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
  -- share: Share of critical tickets
  count(*) as "share:sample",
  cast(100.0 * count(*) filter (where "priority" = $2) / nullif(count(*), 0) as double) as "share:value",
  cast(count(*) filter (where "priority" = $2) as double) as "share:numerator",
  cast(count(*) as double) as "share:denominator"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm","1 - Critical"]
