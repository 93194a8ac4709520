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
  -- filter-where: filter-where
  count(*) filter (where ("type" = $2) and ("resolved_at" is not null)) as "filter-where:sample",
  cast(count(*) filter (where (("type" = $2) and ("resolved_at" is not null)) and (("channel" in ($3, $4)) and ("reopen_count" not between $5 and $6))) as double) as "filter-where:value"
from "tickets_rows"
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm","incident","phone","email",1,3]
