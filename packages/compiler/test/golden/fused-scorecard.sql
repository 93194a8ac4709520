with "tickets_rows" as (
  select
    *,
    cast(date_trunc('month', timezone($1, "opened_at")) as date) as "period:opened_at",
    cast(date_trunc('month', timezone($1, "resolved_at")) as date) as "period:resolved_at"
  from "src_tickets"
  where ("opened_at" is not null or "resolved_at" is not null)
)
select
  case grouping("period:opened_at", "period:resolved_at", "channel", "priority") when 7 then 'opened_at' when 11 then 'resolved_at' when 5 then 'opened_at/channel' when 9 then 'resolved_at/channel' when 10 then 'resolved_at/priority' end as "grouping",
  coalesce("period:opened_at", "period:resolved_at") as "period",
  case grouping("period:opened_at", "period:resolved_at", "channel", "priority") when 5 then 'channel' when 9 then 'channel' when 10 then 'priority' end as "breakdown_field",
  coalesce(cast("channel" as varchar), cast("priority" as varchar)) as "breakdown_key",
  -- itsm.volume: Volume
  count(*) as "itsm.volume:sample",
  cast(count(*) as double) as "itsm.volume:value",
  -- itsm.mttr: Mean time to resolve
  count(*) filter (where "type" = $2) as "itsm.mttr:sample",
  cast(avg(case when "resolved_at" >= "opened_at" then (epoch("resolved_at") - epoch("opened_at")) / 3600.0 end) filter (where "type" = $2) as double) as "itsm.mttr:value",
  count(*) filter (where ("type" = $2) and ("resolved_at" < "opened_at")) as "itsm.mttr:negative",
  -- itsm.fcr: First contact resolution
  count(*) as "itsm.fcr:sample",
  cast((count(*) filter (where "reopen_count" = $3) * $4) / nullif(count(*), 0) as double) as "itsm.fcr:value",
  cast(count(*) filter (where "reopen_count" = $3) as double) as "itsm.fcr:numerator",
  cast(count(*) as double) as "itsm.fcr:denominator"
from "tickets_rows"
group by grouping sets (("period:opened_at"), ("period:resolved_at"), ("period:opened_at", "channel"), ("period:resolved_at", "channel"), ("period:resolved_at", "priority"))
having (coalesce("period:opened_at", "period:resolved_at") is not null) and (grouping("period:opened_at", "period:resolved_at", "channel", "priority") in (7, 11) or coalesce("period:opened_at", "period:resolved_at") = cast($5 as date))
order by "grouping", "period", "breakdown_key" nulls last
-- parameters: ["Europe/Stockholm","incident",0,100,"2026-10-01"]
