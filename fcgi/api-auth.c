/* api-auth.c: accounts and sessions over the JSON API (scripts, the SPA). */
#include <string.h>

#include "handlers.h"

static struct json_object *
user_json(const struct user *u)
{
	struct json_object	*o = json_object_new_object();

	json_object_object_add(o, "id", json_object_new_int64(u->id));
	json_object_object_add(o, "username",
	    json_object_new_string(u->username));
	json_object_object_add(o, "role",
	    json_object_new_string(u->is_admin ? "admin" : "user"));
	return o;
}

/* json_str: a string member of the body, or NULL (absent or not a string). */
static const char *
json_str(struct req *r, const char *key, int *bad)
{
	struct json_object	*v;

	if (!json_object_object_get_ex(r->json, key, &v) || v == NULL) {
		*bad = 1;
		return NULL;
	}
	if (!json_object_is_type(v, json_type_string)) {
		*bad = 2;
		return NULL;
	}
	if (strlen(json_object_get_string(v)) !=
	    (size_t)json_object_get_string_len(v)) {
		*bad = 2;	/* an embedded \u0000 */
		return NULL;
	}
	return json_object_get_string(v);
}

/* fields: "username" and "password" as strings, or 400. */
static int
fields(struct req *r, const char **name, const char **pw)
{
	int	 bad = 0;

	*name = json_str(r, "username", &bad);
	if (bad == 0)
		*pw = json_str(r, "password", &bad);
	if (bad == 1)
		return http_error(r, 400, "missing_field",
		    "Send {\"username\": ..., \"password\": ...}.");
	if (bad == 2)
		return http_error(r, 400, "invalid_field",
		    "username and password must be strings.");
	return 0;
}

/* POST /api/users {"username","password"}: 201 {"user"} */
int
api_users_create(struct req *r)
{
	struct json_object	*o;
	struct user		 u;
	const char		*name, *pw;
	long long		 id;
	int			 rc;

	if ((rc = fields(r, &name, &pw)) != 0 ||
	    (rc = auth_register(r, name, pw, &id)) != 0)
		return rc;
	memset(&u, 0, sizeof(u));
	u.id = id;
	u.username = name;
	o = json_object_new_object();
	json_object_object_add(o, "user", user_json(&u));
	resp_header(r, "Location", "/api/me");
	return resp_json(r, 201, o);
}

/*
 * POST /api/session {"username","password"}: 200 {"token","csrf","user",
 * "expires_in"}; 401 wrong name or password, 429 throttled.
 */
int
api_session_create(struct req *r)
{
	struct json_object	*o;
	struct user		 u;
	const char		*name, *pw, *token, *csrf;
	int			 rc;

	if ((rc = fields(r, &name, &pw)) != 0 ||
	    (rc = auth_login(r, name, pw, &u)) != 0 ||
	    (rc = auth_session_new(r, u.id, &token, &csrf)) != 0)
		return rc;
	o = json_object_new_object();
	json_object_object_add(o, "token", json_object_new_string(token));
	json_object_object_add(o, "csrf", json_object_new_string(csrf));
	json_object_object_add(o, "expires_in",
	    json_object_new_int64(auth_session_ttl()));
	json_object_object_add(o, "user", user_json(&u));
	return resp_json(r, 200, o);
}

/* DELETE /api/session: end the session that made the request; 204. */
int
api_session_delete(struct req *r)
{
	int	 rc;

	if ((rc = auth_require(r)) != 0 || (rc = auth_csrf_check(r)) != 0 ||
	    (rc = auth_logout(r)) != 0)
		return rc;
	r->resp.written = 1;
	return 204;
}

/* GET /api/me: the signed-in user (and the CSRF token for cookies). */
int
api_me(struct req *r)
{
	struct json_object	*o;
	int			 rc;

	if ((rc = auth_require(r)) != 0)
		return rc;
	o = json_object_new_object();
	json_object_object_add(o, "user", user_json(r->user));
	if (!auth_via_bearer(r))
		json_object_object_add(o, "csrf",
		    json_object_new_string(r->user->csrf));
	return resp_json(r, 200, o);
}
