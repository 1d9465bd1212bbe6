/* page-auth.c: the sign-in, registration and sign-out forms. */
/*
 * The forms post back to their own address; a refusal renders the form
 * again with the message and the HTTP status of the refusal (400, 401,
 * 403, 409, 429), keeping what was typed except the password.  After
 * success the browser is sent (303) to a local "next" address.
 */
#include <string.h>

#include "handlers.h"

/* safe_next: a local path to return to, or "/". */
static const char *
safe_next(const char *next)
{
	const char	*p;

	if (next == NULL || next[0] != '/' || next[1] == '/' ||
	    next[1] == '\\' || strlen(next) > 512)
		return "/";
	for (p = next; *p != '\0'; p++)
		if ((unsigned char)*p < 0x21 || *p == 0x7f || *p == '\\')
			return "/";
	return next;
}

static void
error_box(struct req *r, const char *msg)
{
	if (msg == NULL)
		return;
	h_lit(r, "<p class=\"error-box\" role=\"alert\">");
	h_text(r, msg);
	h_lit(r, "</p>\n");
}

static void
login_form(struct req *r, const char *name, const char *next,
    const char *msg)
{
	page_begin(r, "Sign in", NAV_ACCOUNT);
	h_lit(r, "<h1>Sign in</h1>\n");
	error_box(r, msg);
	h_lit(r, "<form class=\"stack\" method=\"post\" action=\"/login\">");
	h_csrf(r);
	h_lit(r, "<input type=\"hidden\" name=\"next\" value=\"");
	h_attr(r, next);
	h_lit(r, "\">\n<label for=\"username\">User name</label>\n"
	    "<input type=\"text\" id=\"username\" name=\"username\" "
	    "autocomplete=\"username\" required maxlength=\"32\" "
	    "autofocus value=\"");
	h_attr(r, name);
	h_lit(r, "\">\n<label for=\"password\">Password</label>\n"
	    "<input type=\"password\" id=\"password\" name=\"password\" "
	    "autocomplete=\"current-password\" required>\n"
	    "<button type=\"submit\">Sign in</button>\n</form>\n"
	    "<p class=\"muted\">No account yet? "
	    "<a href=\"/register\">Register</a>.</p>\n");
	page_end(r);
}

/* GET /login */
int
page_login(struct req *r)
{
	const char	*next = safe_next(req_query(r, "next"));

	if (r->user != NULL)
		return resp_redirect(r, 303, next);
	login_form(r, "", next, NULL);
	return 200;
}

/* POST /login */
int
page_login_post(struct req *r)
{
	struct user	 u;
	const char	*name = req_form(r, "username");
	const char	*next = safe_next(req_form(r, "next"));
	const char	*token, *csrf;
	int		 rc;

	if (name == NULL)
		name = "";
	if ((rc = auth_csrf_check(r)) != 0 ||
	    (rc = auth_login(r, name, req_form(r, "password"), &u)) != 0) {
		if (rc >= 500)
			return rc;
		login_form(r, name, next, r->err_msg);
		return rc;
	}
	if ((rc = auth_session_new(r, u.id, &token, &csrf)) != 0)
		return rc;
	auth_set_cookie(r, token);
	return resp_redirect(r, 303, next);
}

static void
register_form(struct req *r, const char *name, const char *msg)
{
	page_begin(r, "Register", NAV_ACCOUNT);
	h_lit(r, "<h1>Create an account</h1>\n");
	error_box(r, msg);
	h_lit(r, "<form class=\"stack\" method=\"post\" "
	    "action=\"/register\">");
	h_csrf(r);
	h_lit(r, "\n<label for=\"username\">User name</label>\n"
	    "<input type=\"text\" id=\"username\" name=\"username\" "
	    "autocomplete=\"username\" required minlength=\"3\" "
	    "maxlength=\"32\" pattern=\"[A-Za-z0-9][A-Za-z0-9_\\-]*\" "
	    "autofocus value=\"");
	h_attr(r, name);
	h_lit(r, "\">\n<p class=\"muted\">3 to 32 letters, digits, "
	    "&lsquo;_&rsquo; or &lsquo;-&rsquo;.</p>\n"
	    "<label for=\"password\">Password</label>\n"
	    "<input type=\"password\" id=\"password\" name=\"password\" "
	    "autocomplete=\"new-password\" required minlength=\"8\" "
	    "maxlength=\"128\">\n"
	    "<label for=\"password2\">Password again</label>\n"
	    "<input type=\"password\" id=\"password2\" name=\"password2\" "
	    "autocomplete=\"new-password\" required minlength=\"8\" "
	    "maxlength=\"128\">\n"
	    "<button type=\"submit\">Register</button>\n</form>\n"
	    "<p class=\"muted\">Have an account? "
	    "<a href=\"/login\">Sign in</a>.</p>\n");
	page_end(r);
}

/* GET /register */
int
page_register(struct req *r)
{
	if (r->user != NULL)
		return resp_redirect(r, 303, "/");
	register_form(r, "", NULL);
	return 200;
}

/* POST /register: create the account and sign in. */
int
page_register_post(struct req *r)
{
	const char	*name = req_form(r, "username");
	const char	*pw = req_form(r, "password");
	const char	*pw2 = req_form(r, "password2");
	const char	*token, *csrf;
	long long	 id;
	int		 rc;

	if (name == NULL)
		name = "";
	if ((rc = auth_csrf_check(r)) == 0 && pw2 != NULL &&
	    (pw == NULL || strcmp(pw, pw2) != 0))
		rc = http_error(r, 400, "password_mismatch",
		    "The two passwords differ.");
	if (rc == 0)
		rc = auth_register(r, name, pw, &id);
	if (rc != 0) {
		if (rc >= 500)
			return rc;
		register_form(r, name, r->err_msg);
		return rc;
	}
	if ((rc = auth_session_new(r, id, &token, &csrf)) != 0)
		return rc;
	auth_set_cookie(r, token);
	return resp_redirect(r, 303, "/");
}

/* POST /logout */
int
page_logout(struct req *r)
{
	int	 rc;

	if (r->user != NULL && ((rc = auth_csrf_check(r)) != 0 ||
	    (rc = auth_logout(r)) != 0))
		return rc;
	return resp_redirect(r, 303, "/");
}
