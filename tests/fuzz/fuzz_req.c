/* fuzz_req.c: libFuzzer target for the request parsers of fcgi/req.c. */
/*
 * Input layout: one mode byte, then the untrusted text.  The low three
 * bits of the mode pick the parser (query string, urlencoded form,
 * cookies, JSON body, percent-decoding, integers, media types); bit 3
 * gives the arena a tiny cap so the REQ_ENOMEM paths run too.  Beyond not
 * crashing, what req.h promises is checked: counts within their caps,
 * decoded strings NUL-terminated, free of NUL and of the length they
 * claim, cookie names RFC 6265 tokens, req_int accepting exactly the
 * canonical decimal forms, and a parsed JSON body always an object.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../fcgi/req.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define FIELDS_MAX	256	/* cfg fields_max default */
#define COOKIES_MAX	64	/* as fcgi/worker.c */
#define JSON_DEPTH	32	/* as fcgi/worker.c */

static void
check_list(const struct kvlist *l, size_t max, int cookie)
{
	size_t	 i;

	if (l->n > max || (l->n > 0 && l->v == NULL))
		abort();
	for (i = 0; i < l->n; i++) {
		if (l->v[i].key == NULL || l->v[i].val == NULL ||
		    strlen(l->v[i].val) != l->v[i].vlen)
			abort();
		if (!cookie)
			continue;
		if (l->v[i].key[0] == '\0' || strpbrk(l->v[i].key,
		    " \t;=\"(),/:<>?@[\\]{}") != NULL)
			abort();
	}
}

static void
run_urlencoded(struct arena *a, const char *s, size_t n)
{
	struct kvlist	 l;
	size_t		 max = n % 3 == 0 ? 2 : FIELDS_MAX;
	int		 rc;

	rc = req_parse_urlencoded(a, s, n, max, &l);
	if (rc == REQ_OK) {
		check_list(&l, max, 0);
		if (kv_get(&l, "") != NULL)
			abort();	/* empty keys are skipped */
	} else if (rc != REQ_EMALFORMED && rc != REQ_ETOOMANY &&
	    rc != REQ_ENOMEM)
		abort();
}

static void
run_int(const char *s)
{
	long long	 v;
	char		 canon[32];

	if (req_int(s, -1000000, 1LL << 40, &v) == 0) {
		if (v < -1000000 || v > 1LL << 40)
			abort();
		snprintf(canon, sizeof(canon), "%lld", v);
		if (strcmp(canon, s) != 0)
			abort();	/* only canonical decimals pass */
	}
	if (req_int(s, INT64_MIN, INT64_MAX, &v) == 0) {
		snprintf(canon, sizeof(canon), "%lld", v);
		if (strcmp(canon, s) != 0)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena		 a;
	struct kvlist		 l;
	struct json_object	*o;
	const char		*why;
	char			*s, *dst;
	size_t			 n;
	long			 dl;
	int			 mode, rc;

	if (size < 1)
		return 0;
	mode = data[0];
	n = size - 1;
	/* Every parser gets a NUL-terminated copy, as the worker's are. */
	s = malloc(n + 1);
	memcpy(s, data + 1, n);
	s[n] = '\0';
	arena_init(&a, 1024, (mode & 8) ? 256 : 4 * 1024 * 1024);
	switch (mode & 7) {
	case 0:		/* query string: up to the first NUL, like getenv */
		run_urlencoded(&a, s, strlen(s));
		break;
	case 1:		/* form body: every byte, NULs included */
		run_urlencoded(&a, s, n);
		break;
	case 2:
		rc = req_parse_cookies(&a, s, COOKIES_MAX, &l);
		if (rc == REQ_OK)
			check_list(&l, COOKIES_MAX, 1);
		else if (rc != REQ_ENOMEM)
			abort();
		break;
	case 3:
		o = NULL;
		why = NULL;
		if (req_parse_json(s, n, JSON_DEPTH, &o, &why) == 0) {
			if (o == NULL || !json_object_is_type(o,
			    json_type_object))
				abort();
			(void)json_object_to_json_string(o);
			json_object_put(o);
		} else if (o != NULL || why == NULL)
			abort();
		break;
	case 4:
	case 5:
		dst = malloc(n + 1);
		dl = req_urldecode(dst, s, n, mode & 1);
		if (dl >= 0 && ((size_t)dl > n || strlen(dst) != (size_t)dl))
			abort();
		free(dst);
		break;
	case 6:
		run_int(s);
		break;
	case 7:
		(void)req_ctype_is(s, "application/json");
		(void)req_ctype_is(s, "application/x-www-form-urlencoded");
		(void)http_method_parse(s);
		break;
	}
	arena_free(&a);
	free(s);
	return 0;
}
