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
  -- minutes-between: minutes-between
  count(*) as "minutes-between:sample",
  cast(avg(case when "first_response_at" >= "opened_at" then (epoch("first_response_at") - epoch("opened_at")) / 60.0 end) as double) as "minutes-between:value",
  count(*) filter (where "first_response_at" < "opened_at") as "minutes-between:negative"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm"]
