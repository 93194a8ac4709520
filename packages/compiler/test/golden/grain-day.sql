with "tickets_rows" as (
  select
    *,
    cast(date_trunc('day', timezone($1, "resolved_at")) as date) as "period:resolved_at"
  from "src_tickets"
  where ("resolved_at" is not null)
)
select
  'resolved_at' as "grouping",
  "period:resolved_at" as "period",
  cast(null as varchar) as "breakdown_field",
  cast(null as varchar) as "breakdown_key",
  -- hours-between: Mean time to resolve
  count(*) filter (where "type" = $2) as "hours-between:sample",
  cast(avg(case when "resolved_at" >= "opened_at" then (epoch("resolved_at") - epoch("opened_at")) / 3600.0 end) filter (where "type" = $2) as double) as "hours-between:value",
  count(*) filter (where ("type" = $2) and ("resolved_at" < "opened_at")) as "hours-between:negative"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm","incident"]
