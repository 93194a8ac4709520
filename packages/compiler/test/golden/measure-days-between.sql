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
  -- days-between: days-between
  count(*) as "days-between:sample",
  cast(max(case when "resolved_at" >= "opened_at" then (epoch("resolved_at") - epoch("opened_at")) / 86400.0 end) as double) as "days-between:value",
  count(*) filter (where "resolved_at" < "opened_at") as "days-between:negative"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm"]
