/* test_submit.c: the source highlighter, ETag matching, JSON text. */
#include <string.h>

#include <json-c/json.h>

#include "arena.h"
#include "buf.h"
#include "../../fcgi/handlers.h"
#include "../../fcgi/submit.h"
#include "t.h"

static void
req_init(struct req *r, struct arena *a, struct buf *body,
    struct buf *headers, char **envp)
{
	memset(r, 0, sizeof(*r));
	buf_reset(body);
	buf_reset(headers);
	r->arena = a;
	r->resp.body = body;
	r->resp.headers = headers;
	r->envp = envp;
}

static void
test_highlight(struct arena *a)
{
	static const struct {
		const char	*lang;
		const char	*src;
		const char	*want;
	} t[] = {
		{ "c", "int x = 1;",
		    "<span class=\"hl-k\">int</span> x = "
		    "<span class=\"hl-n\">1</span>;" },
		{ "c", "#include <stdio.h>\n",
		    "<span class=\"hl-p\">#include &lt;stdio.h&gt;</span>\n" },
		{ "c", "a /* <b> */ b",
		    "a <span class=\"hl-c\">/* &lt;b&gt; */</span> b" },
		{ "c", "s = \"</pre>\\\"\";",
		    "s = <span class=\"hl-s\">&quot;&lt;/pre&gt;\\&quot;"
		    "&quot;</span>;" },
		{ "c", "x // <script>\ny",
		    "x <span class=\"hl-c\">// &lt;script&gt;</span>\ny" },
		{ "c", "/* unterminated <",
		    "<span class=\"hl-c\">/* unterminated &lt;</span>" },
		{ "c", "\"open", "<span class=\"hl-s\">&quot;open</span>" },
		{ "c", "internal", "internal" },
		{ "c", "x # y", "x # y" },
		{ "python3", "def f(): # é <\n  return 'a'",
		    "<span class=\"hl-k\">def</span> f(): "
		    "<span class=\"hl-c\"># \xc3\xa9 &lt;</span>\n  "
		    "<span class=\"hl-k\">return</span> "
		    "<span class=\"hl-s\">&#39;a&#39;</span>" },
		{ "python3", "'''a\n\"b'''",
		    "<span class=\"hl-s\">&#39;&#39;&#39;a\n&quot;b&#39;&#39;"
		    "&#39;</span>" },
		{ "javascript", "let s = `a\nb`;",
		    "<span class=\"hl-k\">let</span> s = "
		    "<span class=\"hl-s\">`a\nb`</span>;" },
		{ "c", "caf\xc3\xa9 = 2",
		    "caf\xc3\xa9 = <span class=\"hl-n\">2</span>" },
		{ "c", "bad\xff byte", "bad\xef\xbf\xbd byte" },
		{ "cobol", "int <x>", "int &lt;x&gt;" },
		{ "c", "", "" },
	};
	struct req	 r;
	struct buf	 body, headers;
	const char	*pre = "<pre class=\"code\"><code>";
	const char	*post = "</code></pre>\n";
	char		*want;
	size_t		 i;

	buf_init(&body, 1 << 16);
	buf_init(&headers, 4096);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		req_init(&r, a, &body, &headers, NULL);
		h_code(&r, t[i].lang, t[i].src, strlen(t[i].src));
		want = arena_printf(a, "%s%s%s", pre, t[i].want, post);
		T_STREQ(buf_cstr(&body), want, "highlight %s: %s", t[i].lang,
		    t[i].want);
	}
	buf_free(&body);
	buf_free(&headers);
}

static void
test_etag(struct arena *a)
{
	static const struct {
		const char	*inm;	/* NULL: no header */
		int		 want;
	} t[] = {
		{ NULL, 0 },
		{ "\"s1-done\"", 1 },
		{ "W/\"s1-done\"", 1 },
		{ "\"x\", \"s1-done\"", 1 },
		{ "\"x\",W/\"s1-done\" ", 1 },
		{ "*", 1 },
		{ "\"s1-done", 0 },
		{ "\"s1-don\"", 0 },
		{ "\"s1-done\"x", 0 },
		{ "", 0 },
		{ ",,,", 0 },
	};
	struct req	 r;
	struct buf	 body, headers;
	char		*env[2];
	size_t		 i;

	buf_init(&body, 1024);
	buf_init(&headers, 4096);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		env[0] = t[i].inm ? arena_printf(a, "HTTP_IF_NONE_MATCH=%s",
		    t[i].inm) : NULL;
		env[1] = NULL;
		req_init(&r, a, &body, &headers, env);
		T_INTEQ(etag_check(&r, "\"s1-done\""), t[i].want,
		    "If-None-Match %s", t[i].inm ? t[i].inm : "(none)");
		T_STREQ(buf_cstr(&headers), "ETag: \"s1-done\"\r\n",
		    "the ETag header is set (%zu)", i);
	}
	buf_free(&body);
	buf_free(&headers);
}

static void
test_json_text(void)
{
	static const struct {
		const char	*in;
		size_t		 len;
		const char	*want;	/* the JSON text */
	} t[] = {
		{ "plain", 5, "\"plain\"" },
		{ "a\0b", 3, "\"a\xef\xbf\xbd" "b\"" },
		{ "\xff", 1, "\"\xef\xbf\xbd\"" },
		{ "\xc3\xa9", 2, "\"\xc3\xa9\"" },
		{ "\xc3", 1, "\"\xef\xbf\xbd\"" },
		{ "x\ny", 3, "\"x\\ny\"" },
	};
	struct json_object	*o;
	size_t			 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		o = json_text(t[i].in, t[i].len);
		T_STREQ(json_object_to_json_string_ext(o,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE),
		    t[i].want, "json_text case %zu", i);
		json_object_put(o);
	}
	T_OK(json_text(NULL, 0) == NULL, "NULL gives JSON null");
}

static void
test_names(void)
{
	T_STREQ(sub_lang_name("python3"), "Python 3", "language names");
	T_STREQ(sub_lang_name("rust"), "rust", "unknown language: its id");
	T_OK(sub_verdict_ok("TLE") && !sub_verdict_ok("tle") &&
	    !sub_verdict_ok("NR") && !sub_verdict_ok(NULL),
	    "verdict filter values");
	T_STREQ(sub_verdict_text("CE"), "Compilation error", "verdict text");
}

int
main(void)
{
	struct arena	 a;

	arena_init(&a, 0, 0);
	test_highlight(&a);
	test_etag(&a);
	test_json_text();
	test_names();
	arena_free(&a);
	T_DONE();
}
