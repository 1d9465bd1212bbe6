/* highlight.c: a small syntax highlighter for source code on pages. */
/*
 * Not a parser: a scanner that knows comments, strings, numbers,
 * keywords and (C, C++) preprocessor lines of our languages, enough to
 * make code readable without JavaScript.  Every piece leaves through
 * h_textn, so the source is escaped like any other data.  Token
 * boundaries are always ASCII bytes, so a UTF-8 sequence is never cut in
 * two (the escaper would turn the halves into U+FFFD).
 */
#include <string.h>

#include "handlers.h"

enum hl_family {
	HL_PLAIN,
	HL_CLIKE,	/* // and block comments, '...' "..." */
	HL_PYTHON,	/* # comments, triple quotes */
};

static const struct {
	const char	*lang;
	enum hl_family	 family;
	int		 pp;		/* # lines are preprocessor */
	int		 backtick;	/* `template strings` */
	const char	*keywords;	/* space-separated, with spaces around */
} hl_langs[] = {
	{ "c", HL_CLIKE, 1, 0,
	    " auto break case char const continue default do double else "
	    "enum extern float for goto if inline int long register restrict "
	    "return short signed sizeof static struct switch typedef union "
	    "unsigned void volatile while bool true false NULL size_t " },
	{ "cpp", HL_CLIKE, 1, 0,
	    " auto break case char const continue default do double else "
	    "enum extern float for goto if inline int long register return "
	    "short signed sizeof static struct switch typedef union unsigned "
	    "void volatile while bool true false class namespace template "
	    "typename public private protected virtual override using new "
	    "delete this nullptr try catch throw operator friend constexpr "
	    "const_cast static_cast dynamic_cast reinterpret_cast noexcept "
	    "explicit mutable std string vector size_t " },
	{ "java", HL_CLIKE, 0, 0,
	    " abstract assert boolean break byte case catch char class const "
	    "continue default do double else enum extends final finally "
	    "float for if implements import instanceof int interface long "
	    "native new package private protected public return short "
	    "static super switch synchronized this throw throws transient "
	    "try void volatile while var true false null String record " },
	{ "javascript", HL_CLIKE, 0, 1,
	    " async await break case catch class const continue debugger "
	    "default delete do else export extends false finally for "
	    "function if import in instanceof let new null of return static "
	    "super switch this throw true try typeof undefined var void "
	    "while yield require " },
	{ "python3", HL_PYTHON, 0, 0,
	    " False None True and as assert async await break class "
	    "continue def del elif else except finally for from global if "
	    "import in is lambda nonlocal not or pass raise return try while "
	    "with yield print self range len int str list dict set input " },
};

enum hl_class {
	HLC_NONE,
	HLC_KEYWORD,
	HLC_STRING,
	HLC_COMMENT,
	HLC_NUMBER,
	HLC_PREPROC,
};

static void
span(struct req *r, enum hl_class c, const char *s, size_t n)
{
	switch (c) {
	case HLC_KEYWORD:
		h_lit(r, "<span class=\"hl-k\">");
		break;
	case HLC_STRING:
		h_lit(r, "<span class=\"hl-s\">");
		break;
	case HLC_COMMENT:
		h_lit(r, "<span class=\"hl-c\">");
		break;
	case HLC_NUMBER:
		h_lit(r, "<span class=\"hl-n\">");
		break;
	case HLC_PREPROC:
		h_lit(r, "<span class=\"hl-p\">");
		break;
	case HLC_NONE:
		h_textn(r, s, n);
		return;
	}
	h_textn(r, s, n);
	h_lit(r, "</span>");
}

static int
is_ident(char c, int first)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	    c == '$' || (!first && c >= '0' && c <= '9');
}

static int
is_keyword(const char *kw, const char *s, size_t n)
{
	const char	*p;

	for (p = kw; (p = strchr(p, ' ')) != NULL && p[1] != '\0'; p++)
		if (strncmp(p + 1, s, n) == 0 && p[1 + n] == ' ')
			return 1;
	return 0;
}

/* str_end: the end of a string literal opening at s[i] with quote q. */
static size_t
str_end(const char *s, size_t n, size_t i, char q, int multiline)
{
	size_t	 j;

	for (j = i + 1; j < n; j++) {
		if (s[j] == '\\' && j + 1 < n) {
			j++;
			continue;
		}
		if (s[j] == q)
			return j + 1;
		if (s[j] == '\n' && !multiline)
			return j;
	}
	return n;
}

/* at_line_start: only blanks between the last newline and s[i]. */
static int
at_line_start(const char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	return i == 0 || s[i - 1] == '\n';
}

/* token: the class and end of the token starting at s[i]. */
static enum hl_class
token(const char *s, size_t n, size_t i, size_t k, size_t *endp)
{
	const char	*e;
	size_t		 j;
	char		 c = s[i];
	enum hl_family	 f = hl_langs[k].family;

	if (f == HL_CLIKE && c == '/' && i + 1 < n && s[i + 1] == '/') {
		e = memchr(s + i, '\n', n - i);
		*endp = e ? (size_t)(e - s) : n;
		return HLC_COMMENT;
	}
	if (f == HL_CLIKE && c == '/' && i + 1 < n && s[i + 1] == '*') {
		e = memmem(s + i + 2, n - i - 2, "*/", 2);
		*endp = e ? (size_t)(e - s) + 2 : n;
		return HLC_COMMENT;
	}
	if (c == '#' && (f == HL_PYTHON ||
	    (hl_langs[k].pp && at_line_start(s, i)))) {
		e = memchr(s + i, '\n', n - i);
		*endp = e ? (size_t)(e - s) : n;
		return f == HL_PYTHON ? HLC_COMMENT : HLC_PREPROC;
	}
	if (f == HL_PYTHON && (c == '"' || c == '\'') && i + 2 < n &&
	    s[i + 1] == c && s[i + 2] == c) {
		char q[3] = { c, c, c };
		e = memmem(s + i + 3, n - i - 3, q, 3);
		*endp = e ? (size_t)(e - s) + 3 : n;
		return HLC_STRING;
	}
	if (c == '"' || c == '\'' || (c == '`' && hl_langs[k].backtick)) {
		*endp = str_end(s, n, i, c, c == '`');
		return HLC_STRING;
	}
	if (c >= '0' && c <= '9') {
		for (j = i + 1; j < n && (is_ident(s[j], 0) || s[j] == '.');
		    j++)
			continue;
		*endp = j;
		return HLC_NUMBER;
	}
	if (is_ident(c, 1)) {
		for (j = i + 1; j < n && is_ident(s[j], 0); j++)
			continue;
		*endp = j;
		return is_keyword(hl_langs[k].keywords, s + i, j - i) ?
		    HLC_KEYWORD : HLC_NONE;
	}
	return HLC_NONE;	/* *endp unchanged: a plain byte */
}

void
h_code(struct req *r, const char *lang, const char *s, size_t n)
{
	enum hl_class	 c;
	size_t		 k, i = 0, plain = 0, end;

	for (k = 0; k < sizeof(hl_langs) / sizeof(hl_langs[0]); k++)
		if (lang != NULL && strcmp(lang, hl_langs[k].lang) == 0)
			break;
	h_lit(r, "<pre class=\"code\"><code>");
	if (k == sizeof(hl_langs) / sizeof(hl_langs[0])) {
		h_textn(r, s, n);
		h_lit(r, "</code></pre>\n");
		return;
	}
	while (i < n) {
		end = i;
		c = token(s, n, i, k, &end);
		if (end == i) {		/* a plain byte: gather a run */
			i++;
			continue;
		}
		if (plain < i)
			span(r, HLC_NONE, s + plain, i - plain);
		span(r, c, s + i, end - i);
		i = plain = end;
	}
	if (plain < n)
		span(r, HLC_NONE, s + plain, n - plain);
	h_lit(r, "</code></pre>\n");
}
