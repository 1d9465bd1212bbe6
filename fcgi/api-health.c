/* api-health.c: GET /healthz and GET /metrics. */
#include "handlers.h"
#include "stats.h"
#include "worker.h"

/*
 * /healthz checks the worker's own connections with one round trip each
 * (SELECT 1, PING): 200 when both answer, 503 naming what is down.
 */
int
api_healthz(struct req *r)
{
	struct json_object	*o, *down;
	int			 db_ok, rq_ok;

	db_ok = db_ping(r->db) == DB_OK;
	rq_ok = rq_ping(r->rq) == 0;
	o = json_object_new_object();
	json_object_object_add(o, "status", json_object_new_string(
	    db_ok && rq_ok ? "ok" : "degraded"));
	json_object_object_add(o, "db", json_object_new_boolean(db_ok));
	json_object_object_add(o, "redis", json_object_new_boolean(rq_ok));
	if (!db_ok || !rq_ok) {
		down = json_object_new_array();
		if (!db_ok)
			json_object_array_add(down,
			    json_object_new_string("db"));
		if (!rq_ok)
			json_object_array_add(down,
			    json_object_new_string("redis"));
		json_object_object_add(o, "down", down);
		resp_header(r, "Retry-After", "5");
	}
	return resp_json(r, db_ok && rq_ok ? 200 : 503, o);
}

int
api_metrics(struct req *r)
{
	r->resp.written = 1;
	r->resp.final = 1;
	if (stats_prometheus(r->resp.body, worker_route_labels(),
	    nroutes) == -1)
		return http_error(r, 500, NULL, NULL);
	r->resp.content_type = "text/plain; version=0.0.4; charset=utf-8";
	return 200;
}
