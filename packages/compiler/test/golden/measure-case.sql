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
  -- case: case
  count(*) as "case:sample",
  cast(sum(case when "priority" = $2 then $3 when "priority" = $4 then $5 else $6 end) as double) as "case:value"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm","P1",3,"P2",2,1]
