import { parsePeriodKey, periodOf } from '@nyckeltal/engine';
import { createIssue, type Grain, grains, type ProjectModel } from '@nyckeltal/spec';
import type { Context, Hono } from 'hono';
import { audiencesOf } from './access-tokens.js';
import { type ComputeRequest, ComputeTimeout, computeSnapshot } from './compute-snapshot.js';
import type { ServerContext } from './create-server.js';
import { jsonError, sendCached } from './http-errors.js';
import { cachedBody } from './snapshot-cache.js';
import { canSeeKpi, canSeeScorecard, visibleScorecards } from './visibility.js';

/**
 * The JSON API: `GET /api/scorecards` (the scorecards this requester may see),
 * `/api/scorecards/:id` (a snapshot, DESIGN.md §3; `?period=`, `?grain=`) and
 * `/api/kpis/:id` (a snapshot holding one KPI, with its series and breakdowns).
 * An id is only ever a key into the project's maps, never a path: anything that is not the
 * id of a visible scorecard or KPI (private without a token, `..`, encoded slashes…) is 404.
 *
 * @example
 * registerApiRoutes(app, context);
 */
export function registerApiRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/scorecards', (c) => {
    const model = modelOr503(c, ctx);
    if (model instanceof Response) return model;
    const audiences = audiencesOf(ctx.tokens, c.req.header('authorization'));
    const scorecards = visibleScorecards(model, audiences).map((card) => ({
      id: card.id,
      title: card.title,
      audience: card.audience,
      ...(card.description !== undefined && { description: card.description }),
      grain: card.grain,
      kpis: card.kpis,
      private: card.private !== undefined,
    }));
    c.header('Vary', 'Authorization', { append: true });
    return sendCached(c, cachedBody({ scorecards }, null, null), 'private, no-cache');
  });

  app.get('/api/scorecards/:id', async (c) => {
    const model = modelOr503(c, ctx);
    if (model instanceof Response) return model;
    const id = c.req.param('id');
    const card = model.scorecards.get(id);
    const audiences = audiencesOf(ctx.tokens, c.req.header('authorization'));
    if (!card || !canSeeScorecard(card, audiences))
      return jsonError(c, 404, 'not_found', `There is no scorecard "${id}".`);
    return snapshotResponse(c, ctx, model, { kind: 'scorecard', id }, card.grain, card.private !== undefined);
  });

  app.get('/api/kpis/:id', async (c) => {
    const model = modelOr503(c, ctx);
    if (model instanceof Response) return model;
    const id = c.req.param('id');
    const audiences = audiencesOf(ctx.tokens, c.req.header('authorization'));
    if (!canSeeKpi(model, id, audiences)) return jsonError(c, 404, 'not_found', `There is no KPI "${id}".`);
    const isPrivate = !canSeeKpi(model, id, new Set());
    return snapshotResponse(c, ctx, model, { kind: 'kpi', id }, 'month', isPrivate);
  });
}

async function snapshotResponse(
  c: Context,
  ctx: ServerContext,
  model: ProjectModel,
  target: Pick<ComputeRequest, 'kind' | 'id'>,
  defaultGrain: Grain,
  isPrivate: boolean,
): Promise<Response> {
  const query = parseQuery(c, defaultGrain);
  if (query instanceof Response) return query;
  const request: ComputeRequest = { ...target, ...query };
  const generation = await ctx.generation();
  const key = `${generation}|${request.kind}|${request.id}|${request.grain ?? ''}|${request.period ?? ''}`;
  c.header('Vary', 'Authorization', { append: true });
  const cacheControl = isPrivate
    ? 'private, no-cache'
    : ctx.dev || ctx.options.maxAgeSeconds <= 0
      ? 'no-cache'
      : `public, max-age=${ctx.options.maxAgeSeconds}`;
  try {
    const entry = await ctx.cache.obtain(key, () =>
      ctx.pool.use(generation, async (lease) => {
        const snapshot = await computeSnapshot(lease, model, request, {
          timeoutMs: ctx.options.queryTimeoutMs,
          now: ctx.options.now,
        });
        return cachedBody(snapshot, snapshot.built_at, snapshot.data_through);
      }),
    );
    return sendCached(c, entry, cacheControl);
  } catch (error) {
    if (error instanceof ComputeTimeout)
      return jsonError(c, 503, 'timeout', `${error.message} Try again later, or ask for a shorter period.`);
    throw error;
  }
}

/** `?grain=` and `?period=`, checked: a bad value is a 400 with a code, never a guess. */
function parseQuery(c: Context, defaultGrain: Grain): Response | { grain?: Grain; period?: string } {
  const grainText = c.req.query('grain');
  let grain: Grain | undefined;
  if (grainText !== undefined) {
    grain = grains.find((g) => g === grainText);
    if (!grain)
      return jsonError(c, 400, 'grain_invalid', `"${clip(grainText)}" is not a grain.`, {
        hint: `Use one of ${grains.join(', ')}.`,
      });
  }
  const period = c.req.query('period');
  if (period === undefined) return grain ? { grain } : {};
  const effective = grain ?? defaultGrain;
  if (!parsePeriodKey(period, effective)) {
    const issue = createIssue('KPI0507', {
      period: clip(period),
      grain: effective,
      example: periodOf('2026-10-25', effective).key,
    });
    return jsonError(c, 400, 'KPI0507', issue.message, { hint: issue.hint });
  }
  return grain ? { grain, period } : { period };
}

function modelOr503(c: Context, ctx: ServerContext): ProjectModel | Response {
  const state = ctx.state();
  if (state.model) return state.model;
  const errors = state.issues.filter((i) => i.severity === 'error');
  // Issue texts name files and ids (private scorecards' too), so only development shows them.
  const extra = ctx.dev
    ? {
        issues: errors.map(({ code, message, hint, file, line, column }) => ({
          code,
          message,
          hint,
          file,
          line,
          column,
        })),
      }
    : {};
  return jsonError(
    c,
    503,
    'project_invalid',
    `The KPI definitions have ${errors.length} error(s); nothing is served until they are fixed.`,
    extra,
  );
}

/** Echoed request text, cut short so an error body stays small. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
