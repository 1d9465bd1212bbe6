/* auth.c: sessions, CSRF tokens, log-in with throttling, registration. */
/*
 * Design.  A session is a random token (token_new) that a browser holds
 * in the HttpOnly cookie verdict_session and a script sends as
 * "Authorization: Bearer <token>"; the database keeps only its SHA-256,
 * so a copy of the sessions table opens nothing.  Each session has its
 * own CSRF token: forms carry it in the field "csrf", the pages'
 * JavaScript sends it as X-CSRF-Token (read from <meta name="csrf-token">,
 * see page_begin).  Bearer requests need none: a browser never attaches
 * that header by itself.  Before sign-in, the log-in and registration
 * forms use a double-submit token: the cookie verdict_csrf and the same
 * value in the form.
 *
 * Throttling: failed log-ins are counted per user name and per client
 * address in login_failures over a fixed window (LOGIN_WINDOW).  At the
 * limit every attempt for that key is refused with 429 and Retry-After
 * until the window ends, without looking at the password (so the argon2
 * cost is not paid either).  A success clears the user name's count.
 * The per-address limit is higher than the per-name one: many people
 * share an address behind NAT, while one name is one account.
 *
 * The session is looked up only when a cookie or a bearer token came
 * with the request, so anonymous pages cost no query.  When the database
 * cannot be asked the request goes on as anonymous with a note, so pages
 * that need no account keep working and those that do answer 503, not 401.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "crypto.h"
#include "handlers.h"
#include "log.h"
#include "util.h"

#define SESSION_COOKIE		"verdict_session"
#define PRESESSION_COOKIE	"verdict_csrf"
#define SESSION_TTL		(30L * 24 * 3600)	/* seconds */
#define LOGIN_WINDOW		(15 * 60)		/* seconds */
#define LOGIN_MAX_NAME		5	/* failures per window per user name */
#define LOGIN_MAX_ADDR		20	/* failures per window per address */

/* r->auth: how the request authenticated (request lifetime). */
struct auth {
	int		 bearer;	/* r->user came from a bearer token */
	int		 unavailable;	/* the session could not be checked */
	uint8_t		 hash[DIGEST_LEN];	/* the token's SHA-256 */
	const char	*presession;	/* pre-session CSRF token, once set */
};

static int
crypto_ready(void)
{
	static int	 ready;

	if (!ready && crypto_init() == 0)
		ready = 1;
	return ready;
}

/* token_ok: s looks like one of our tokens (length, base64url). */
static int
token_ok(const char *s)
{
	size_t	 i;

	if (s == NULL || strlen(s) != TOKEN_LEN)
		return 0;
	for (i = 0; i < TOKEN_LEN; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '-' &&
		    s[i] != '_')
			return 0;
	return 1;
}

int
auth_load(struct req *r)
{
	struct auth	*a;
	struct user	*u;
	struct db_stmt	*st;
	const char	*hdr, *tok;
	int		 rc;

	if ((a = arena_calloc(r->arena, 1, sizeof(*a))) == NULL)
		return http_error(r, 500, NULL, NULL);
	r->auth = a;
	hdr = req_header(r, "Authorization");
	if (hdr != NULL && strncasecmp(hdr, "Bearer ", 7) == 0) {
		a->bearer = 1;
		for (tok = hdr + 7; *tok == ' '; tok++)
			continue;
	} else
		tok = req_cookie(r, SESSION_COOKIE);
	if (tok == NULL)
		return 0;
	if (!token_ok(tok))
		goto invalid;
	digest_sha256(tok, TOKEN_LEN, a->hash);
	st = db_stmt(r->db, STMT_SESSIONS_BY_TOKEN);
	db_bind_blob(st, 0, a->hash, sizeof(a->hash));
	switch ((rc = db_row(st))) {
	case DB_OK:
		break;
	case DB_NOTFOUND:
		goto invalid;
	default:
		/* Logged by db.c; pages without an account still work. */
		a->unavailable = 1;
		return 0;
	}
	if ((u = arena_calloc(r->arena, 1, sizeof(*u))) == NULL)
		return http_error(r, 500, NULL, NULL);
	u->id = db_col_int(st, 0);
	u->username = db_col_dup(st, 1, r->arena);
	u->is_admin = strcmp(db_col_text(st, 2), "admin") == 0;
	u->csrf = db_col_dup(st, 3, r->arena);
	if (u->username == NULL || u->csrf == NULL)
		return http_error(r, 500, NULL, NULL);
	r->user = u;
	return 0;
invalid:
	if (a->bearer) {
		resp_header(r, "WWW-Authenticate",
		    "Bearer error=\"invalid_token\"");
		return http_error(r, 401, "invalid_token", "The bearer token "
		    "is not valid or has expired; sign in again.");
	}
	/* A stale cookie: forget it and go on as anonymous. */
	resp_cookie(r, SESSION_COOKIE, "", 0);
	return 0;
}

int
auth_require(struct req *r)
{
	const struct auth	*a = r->auth;

	if (r->user != NULL)
		return 0;
	if (a != NULL && a->unavailable)
		return db_http_status(r, DB_UNAVAILABLE);
	return http_error(r, 401, "unauthorized", "Please sign in first.");
}

int
auth_require_admin(struct req *r)
{
	int	 rc;

	if ((rc = auth_require(r)) != 0)
		return rc;
	if (!r->user->is_admin)
		return http_error(r, 403, "forbidden",
		    "Only administrators can do that.");
	return 0;
}

int
auth_via_bearer(const struct req *r)
{
	const struct auth	*a = r->auth;

	return r->user != NULL && a != NULL && a->bearer;
}

const char *
auth_form_token(struct req *r)
{
	struct auth	*a = r->auth;
	const char	*c;
	char		*t;

	if (r->user != NULL)
		return r->user->csrf;
	if (a == NULL)
		return NULL;
	if (a->presession != NULL)
		return a->presession;
	if (token_ok(c = req_cookie(r, PRESESSION_COOKIE)))
		return a->presession = c;
	if (!crypto_ready() ||
	    (t = arena_alloc(r->arena, TOKEN_LEN + 1)) == NULL)
		return NULL;
	token_new(t);
	resp_cookie(r, PRESESSION_COOKIE, t, -1);
	return a->presession = t;
}

void
h_csrf(struct req *r)
{
	h_lit(r, "<input type=\"hidden\" name=\"csrf\" value=\"");
	h_attr(r, auth_form_token(r));
	h_lit(r, "\">");
}

int
auth_csrf_check(struct req *r)
{
	const struct auth	*a = r->auth;
	const char		*want, *got;

	if (auth_via_bearer(r))
		return 0;
	if ((got = req_form(r, "csrf")) == NULL)
		got = req_header(r, "X-CSRF-Token");
	if (r->user != NULL)
		want = r->user->csrf;
	else if (a != NULL && a->presession != NULL)
		want = a->presession;
	else
		want = req_cookie(r, PRESESSION_COOKIE);
	if (!token_ok(want) || got == NULL || !ct_equal(got, want))
		return http_error(r, 403, "csrf", "The request lacks a valid "
		    "CSRF token (reload the page and try again; scripts send "
		    "the X-CSRF-Token header).");
	return 0;
}

/* --- log-in throttling ----------------------------------------------- */

/*
 * throttle_keys: "u:<name, lower-cased>" (valid names only: others never
 * match an account) and "a:<address>".  Either may be NULL.
 */
static void
throttle_keys(struct req *r, const char *name, const char **kname,
    const char **kaddr)
{
	char	*k;
	size_t	 i;

	*kname = *kaddr = NULL;
	if (username_check(name) == NULL &&
	    (k = arena_printf(r->arena, "u:%s", name)) != NULL) {
		for (i = 0; k[i] != '\0'; i++)
			k[i] = (char)tolower((unsigned char)k[i]);
		*kname = k;
	}
	if (r->remote_addr != NULL && *r->remote_addr != '\0' &&
	    strlen(r->remote_addr) <= 64)
		*kaddr = arena_printf(r->arena, "a:%s", r->remote_addr);
}

/*
 * throttled: *left = seconds until key may try again (0: now).  Returns
 * a DB_* code.
 */
static int
throttled(struct req *r, const char *key, long long max, long long *left)
{
	struct db_stmt	*st;
	int		 rc;

	*left = 0;
	if (key == NULL)
		return DB_OK;
	st = db_stmt(r->db, STMT_LOGIN_FAILURES_BY_KEY);
	db_bind_int(st, 0, LOGIN_WINDOW);
	db_bind_text(st, 1, key);
	db_bind_int(st, 2, LOGIN_WINDOW);
	if ((rc = db_row(st)) == DB_NOTFOUND)
		return DB_OK;
	if (rc != DB_OK)
		return rc;
	if (db_col_int(st, 0) >= max) {
		*left = db_col_int(st, 1) + 1;
		if (*left < 1)
			*left = 1;
	}
	return DB_OK;
}

static void
failure_add(struct req *r, const char *key)
{
	struct db_stmt	*st;

	if (key == NULL)
		return;
	st = db_stmt(r->db, STMT_LOGIN_FAILURES_ADD);
	db_bind_text(st, 0, key);
	db_bind_int(st, 1, LOGIN_WINDOW);
	db_bind_int(st, 2, LOGIN_WINDOW);
	if (db_exec(st) != DB_OK)
		log_warnx("%s: failure for \"%s\" not counted", __func__, key);
}

int
auth_login(struct req *r, const char *name, const char *pw,
    struct user *out)
{
	struct db_stmt	*st;
	const char	*kname, *kaddr;
	char		*secs;
	long long	 left, l2;
	int		 rc, good = 0;

	memset(out, 0, sizeof(*out));
	if (name == NULL)
		name = "";
	if (pw == NULL)
		pw = "";
	throttle_keys(r, name, &kname, &kaddr);
	if ((rc = throttled(r, kname, LOGIN_MAX_NAME, &left)) != DB_OK ||
	    (rc = throttled(r, kaddr, LOGIN_MAX_ADDR, &l2)) != DB_OK)
		return db_http_status(r, rc);
	if (l2 > left)
		left = l2;
	if (left > 0) {
		if ((secs = arena_printf(r->arena, "%lld", left)) != NULL)
			resp_header(r, "Retry-After", secs);
		return http_error(r, 429, "too_many_attempts",
		    arena_printf(r->arena, "Too many failed sign-ins; try "
		    "again in %lld minute%s.", (left + 59) / 60,
		    (left + 59) / 60 == 1 ? "" : "s"));
	}
	if (!crypto_ready())
		return http_error(r, 500, NULL, NULL);
	rc = DB_NOTFOUND;
	if (kname != NULL) {
		st = db_stmt(r->db, STMT_USERS_AUTH_BY_NAME);
		db_bind_text(st, 0, name);
		rc = db_row(st);
	}
	if (rc == DB_OK) {
		good = strlen(pw) <= PASSWORD_MAX &&
		    password_verify(pw, db_col_text(st, 2));
		out->id = db_col_int(st, 0);
		out->username = db_col_dup(st, 1, r->arena);
		out->is_admin = strcmp(db_col_text(st, 3), "admin") == 0;
		if (out->username == NULL)
			return http_error(r, 500, NULL, NULL);
	} else if (rc == DB_NOTFOUND)
		password_dummy_verify(pw);	/* same time as a wrong one */
	else
		return db_http_status(r, rc);
	if (!good) {
		failure_add(r, kname);
		failure_add(r, kaddr);
		memset(out, 0, sizeof(*out));
		return http_error(r, 401, "invalid_credentials",
		    "Wrong user name or password.");
	}
	if (kname != NULL) {
		st = db_stmt(r->db, STMT_LOGIN_FAILURES_DELETE);
		db_bind_text(st, 0, kname);
		(void)db_exec(st);
	}
	return 0;
}

int
auth_session_new(struct req *r, long long uid, const char **token,
    const char **csrf)
{
	struct db_stmt	*st;
	uint8_t		 hash[DIGEST_LEN];
	char		*t, *c;
	int		 rc;

	*token = *csrf = NULL;
	if (!crypto_ready() ||
	    (t = arena_alloc(r->arena, TOKEN_LEN + 1)) == NULL ||
	    (c = arena_alloc(r->arena, TOKEN_LEN + 1)) == NULL)
		return http_error(r, 500, NULL, NULL);
	token_new(t);
	token_new(c);
	digest_sha256(t, TOKEN_LEN, hash);
	st = db_stmt(r->db, STMT_SESSIONS_INSERT);
	db_bind_blob(st, 0, hash, sizeof(hash));
	db_bind_int(st, 1, uid);
	db_bind_text(st, 2, c);
	db_bind_int(st, 3, SESSION_TTL);
	if ((rc = db_exec(st)) != DB_OK)
		return db_http_status(r, rc);
	/* Sweep a few stale rows now and then; never fails the log-in. */
	(void)db_exec(db_stmt(r->db, STMT_SESSIONS_DELETE_EXPIRED));
	(void)db_exec(db_stmt(r->db, STMT_LOGIN_FAILURES_DELETE_OLD));
	*token = t;
	*csrf = c;
	return 0;
}

long
auth_session_ttl(void)
{
	return SESSION_TTL;
}

void
auth_set_cookie(struct req *r, const char *token)
{
	resp_cookie(r, SESSION_COOKIE, token, SESSION_TTL);
	/* The pre-session token has served its purpose. */
	if (req_cookie(r, PRESESSION_COOKIE) != NULL)
		resp_cookie(r, PRESESSION_COOKIE, "", 0);
}

int
auth_logout(struct req *r)
{
	const struct auth	*a = r->auth;
	struct db_stmt		*st;
	int			 rc;

	if (r->user == NULL || a == NULL)
		return 0;
	st = db_stmt(r->db, STMT_SESSIONS_DELETE_BY_TOKEN);
	db_bind_blob(st, 0, a->hash, sizeof(a->hash));
	if ((rc = db_exec(st)) != DB_OK)
		return db_http_status(r, rc);
	if (!a->bearer)
		resp_cookie(r, SESSION_COOKIE, "", 0);
	return 0;
}

int
auth_register(struct req *r, const char *name, const char *pw,
    long long *id)
{
	struct db_stmt	*st;
	const char	*why;
	char		 hash[PASSWORD_HASH_MAX];
	int		 rc;

	*id = 0;
	if (name == NULL || (why = username_check(name)) != NULL)
		return http_error(r, 400, "invalid_username",
		    arena_printf(r->arena, "The %s.", name == NULL ?
		    "user name is missing" : why));
	if (pw == NULL || (why = password_check_policy(pw)) != NULL)
		return http_error(r, 400, "invalid_password",
		    arena_printf(r->arena, "The %s.", pw == NULL ?
		    "password is missing" : why));
	if (!crypto_ready() || password_hash(pw, hash) == -1)
		return http_error(r, 500, NULL, NULL);
	st = db_stmt(r->db, STMT_USERS_INSERT);
	db_bind_text(st, 0, name);
	db_bind_text(st, 1, hash);
	db_bind_text(st, 2, "user");
	rc = db_exec(st);
	explicit_bzero(hash, sizeof(hash));
	if (rc == DB_CONFLICT)
		return http_error(r, 409, "username_taken",
		    "That user name is taken; choose another one.");
	if (rc != DB_OK)
		return db_http_status(r, rc);
	*id = (long long)db_insert_id(st);
	return 0;
}
