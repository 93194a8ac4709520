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
  -- percentile: percentile
  count(*) as "percentile:sample",
  cast(quantile_cont(case when "resolved_at" >= "opened_at" then (epoch("resolved_at") - epoch("opened_at")) / 3600.0 end, $2) as double) as "percentile:value",
  count(*) filter (where "resolved_at" < "opened_at") as "percentile:negative"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm",0.9]
