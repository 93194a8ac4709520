with "tickets_rows" as (
  select
    *,
    cast(date_trunc('month', timezone($1, "resolved_at")) as date) as "period:resolved_at"
  from "src_tickets"
)
select
  'resolved_at' as "grouping",
  "period:resolved_at" as "period",
  cast(null as varchar) as "breakdown_field",
  cast(null as varchar) as "breakdown_key",
  -- filter-where: filter-where
  count(*) filter (where ("type" = $2) and ("resolved_at" is not null)) as "filter-where:sample",
  cast(count(*) filter (where (("type" = $3) and ("resolved_at" is not null)) and (("channel" in ($4, $5)) and ("reopen_count" not between $6 and $7))) as double) as "filter-where:value"
from "tickets_rows"
where ("period:resolved_at" is not null)
group by "period:resolved_at"
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm","incident","incident","phone","email",1,3]
