/* lang.c: load the language table and expand its command templates. */
/*
 * The table is read once at start-up (process lifetime).  Commands are kept
 * as argv templates split at load time, so a bad quote is reported with its
 * line number before any submission is judged, and expansion never goes
 * through a shell: a placeholder always expands inside one argv word (only
 * {source} may yield several words), so a file name can never inject an
 * option boundary.
 */
#include <sys/wait.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "lang.h"
#include "xmalloc.h"

#define LINE_MAX_LEN	4096

static const char *const policy_names[SBX_POLICY__MAX] = {
	[SBX_POLICY_COMPILE] = "compile",
	[SBX_POLICY_RUN] = "run",
	[SBX_POLICY_RUN_JVM] = "jvm",
	[SBX_POLICY_RUN_NODE] = "node",
};

int
lang_policy_parse(const char *s)
{
	int	 i;

	for (i = 0; i < SBX_POLICY__MAX; i++)
		if (strcmp(s, policy_names[i]) == 0)
			return i;
	return -1;
}

void
lang_argv_free(char **v)
{
	size_t	 i;

	if (v == NULL)
		return;
	for (i = 0; v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

static void
argv_push(char ***v, size_t *n, char *s)
{
	*v = xrealloc(*v, (*n + 2) * sizeof(**v));
	(*v)[(*n)++] = s;
	(*v)[*n] = NULL;
}

/*
 * Split s into words: blanks separate, '...' is literal, "..." allows \" and
 * \\ escapes, a backslash outside quotes escapes the next byte.  Returns a
 * NULL-terminated argv or NULL (with err) on an unbalanced quote or no word.
 */
static char **
split_words(const char *s, char *err, size_t errlen)
{
	char	**v = NULL;
	size_t	  n = 0;
	struct buf w;
	int	  inword = 0;

	buf_init(&w, LINE_MAX_LEN);
	for (;;) {
		if (*s == '\0' || *s == ' ' || *s == '\t') {
			if (inword) {
				argv_push(&v, &n, xstrdup(buf_cstr(&w)));
				buf_reset(&w);
				inword = 0;
			}
			if (*s == '\0')
				break;
			s++;
			continue;
		}
		inword = 1;
		if (*s == '\'') {
			for (s++; *s != '\0' && *s != '\''; s++)
				buf_putc(&w, *s);
			if (*s != '\'')
				goto unbalanced;
			s++;
		} else if (*s == '"') {
			for (s++; *s != '\0' && *s != '"'; s++) {
				if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
					s++;
				buf_putc(&w, *s);
			}
			if (*s != '"')
				goto unbalanced;
			s++;
		} else if (*s == '\\' && s[1] != '\0') {
			buf_putc(&w, s[1]);
			s += 2;
		} else
			buf_putc(&w, *s++);
	}
	buf_free(&w);
	if (v == NULL)
		snprintf(err, errlen, "empty command");
	return v;
unbalanced:
	buf_free(&w);
	lang_argv_free(v);
	snprintf(err, errlen, "unbalanced quote");
	return NULL;
}

static void
lang_clear(struct lang *l)
{
	free(l->id);
	free(l->name);
	lang_argv_free(l->exts);
	free(l->source);
	lang_argv_free(l->compile);
	free(l->artifact);
	lang_argv_free(l->run);
	lang_argv_free(l->version);
	lang_argv_free(l->requires);
	lang_argv_free(l->binds);
	free(l->pch_header);
	lang_argv_free(l->pch);
	memset(l, 0, sizeof(*l));
}

void
lang_table_free(struct lang_table *t)
{
	size_t	 i;

	for (i = 0; i < t->n; i++)
		lang_clear(&t->v[i]);
	free(t->v);
	free(t->path);
	memset(t, 0, sizeof(*t));
}

static int
parse_uint(const char *s, unsigned max, unsigned *out)
{
	char		*end;
	unsigned long	 v;

	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *end != '\0' || v > max)
		return -1;
	*out = (unsigned)v;
	return 0;
}

/* Set one key of l; returns 0 or -1 with err. */
static int
lang_set(struct lang *l, const char *key, const char *val, char *err,
    size_t errlen)
{
	char	***argvp = NULL, **words, *end;
	char	 **sp = NULL;
	int	   pol;
	unsigned   u;
	double	   d;

	if (strcmp(key, "name") == 0)
		sp = &l->name;
	else if (strcmp(key, "source") == 0)
		sp = &l->source;
	else if (strcmp(key, "artifact") == 0)
		sp = &l->artifact;
	else if (strcmp(key, "pch_header") == 0)
		sp = &l->pch_header;
	else if (strcmp(key, "extensions") == 0)
		argvp = &l->exts;
	else if (strcmp(key, "compile") == 0)
		argvp = &l->compile;
	else if (strcmp(key, "run") == 0)
		argvp = &l->run;
	else if (strcmp(key, "version") == 0)
		argvp = &l->version;
	else if (strcmp(key, "requires") == 0)
		argvp = &l->requires;
	else if (strcmp(key, "binds") == 0)
		argvp = &l->binds;
	else if (strcmp(key, "pch") == 0)
		argvp = &l->pch;
	if (sp != NULL) {
		if (*val == '\0') {
			snprintf(err, errlen, "empty value for '%s'", key);
			return -1;
		}
		free(*sp);
		*sp = xstrdup(val);
		if (sp == &l->source && strstr(val, "{class}") != NULL)
			l->java_class = 1;
		if (sp != &l->name && sp != &l->pch_header &&
		    strchr(val, '/') != NULL) {
			snprintf(err, errlen, "'%s' must be a plain file name",
			    key);
			return -1;
		}
		return 0;
	}
	if (argvp != NULL) {
		if ((words = split_words(val, err, errlen)) == NULL)
			return -1;
		lang_argv_free(*argvp);
		*argvp = words;
		return 0;
	}
	if (strcmp(key, "policy") == 0) {
		if ((pol = lang_policy_parse(val)) == -1 ||
		    pol == SBX_POLICY_COMPILE) {
			snprintf(err, errlen, "policy '%s' is not one of run, "
			    "jvm, node", val);
			return -1;
		}
		l->policy = (enum sbx_policy)pol;
		return 0;
	}
	if (strcmp(key, "time_multiplier") == 0) {
		errno = 0;
		d = strtod(val, &end);
		if (errno || end == val || *end != '\0' || !(d >= 0.1) ||
		    !(d <= 100)) {
			snprintf(err, errlen, "time_multiplier '%s' is not a "
			    "number from 0.1 to 100", val);
			return -1;
		}
		l->time_mult = d;
		return 0;
	}
	if (strcmp(key, "memory_extra_mb") == 0 ||
	    strcmp(key, "heap_margin_mb") == 0 || strcmp(key, "pids") == 0) {
		if (parse_uint(val, 65536, &u) == -1) {
			snprintf(err, errlen, "'%s' needs a whole number up to "
			    "65536", key);
			return -1;
		}
		if (key[0] == 'm')
			l->memory_extra_mb = u;
		else if (key[0] == 'h')
			l->heap_margin_mb = u;
		else
			l->pids = u;
		return 0;
	}
	snprintf(err, errlen, "unknown key '%s'", key);
	return -1;
}

static int
lang_check(const struct lang *l, char *err, size_t errlen)
{
	size_t	 i;

	if (l->run == NULL || l->source == NULL || l->exts == NULL) {
		snprintf(err, errlen, "language '%s' needs run, source and "
		    "extensions", l->id);
		return -1;
	}
	if (l->artifact != NULL && l->compile == NULL) {
		snprintf(err, errlen, "language '%s' has an artifact but no "
		    "compile command", l->id);
		return -1;
	}
	for (i = 0; l->binds != NULL && l->binds[i] != NULL; i++)
		if (l->binds[i][0] != '/' || strstr(l->binds[i], "..") ||
		    strncmp(l->binds[i], "/box", 4) == 0) {
			snprintf(err, errlen, "language '%s': bind '%s' must "
			    "be an absolute host path outside /box", l->id,
			    l->binds[i]);
			return -1;
		}
	if ((l->pch == NULL) != (l->pch_header == NULL)) {
		snprintf(err, errlen, "language '%s': pch and pch_header go "
		    "together", l->id);
		return -1;
	}
	return 0;
}

static char *
trim(char *s)
{
	char	*e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
	    e[-1] == '\r'))
		*--e = '\0';
	return s;
}

static int
valid_id(const char *s)
{
	if (*s == '\0' || strlen(s) > 32)
		return 0;
	for (; *s != '\0'; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s)
		    && *s != '_' && *s != '-' && *s != '+')
			return 0;
	return 1;
}

int
lang_table_load(struct lang_table *t, const char *path, char *err,
    size_t errlen)
{
	FILE		*f;
	char		 line[LINE_MAX_LEN], why[256], *s, *eq;
	struct lang	*l = NULL;
	unsigned	 lineno = 0;
	size_t		 i;

	memset(t, 0, sizeof(*t));
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	t->path = xstrdup(path);
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			snprintf(why, sizeof(why), "line too long");
			goto fail;
		}
		s = trim(line);
		if (*s == '\0' || *s == '#' || *s == ';')
			continue;
		if (*s == '[') {
			if (l != NULL && lang_check(l, why, sizeof(why)) == -1)
				goto fail;
			s[strlen(s) - 1] = s[strlen(s) - 1] == ']' ? '\0' : '!';
			s++;
			if (!valid_id(s)) {
				snprintf(why, sizeof(why), "bad section name "
				    "'[%s' (lower-case letters, digits, _ - +)",
				    s);
				goto fail;
			}
			if (lang_find(t, s) != NULL) {
				snprintf(why, sizeof(why), "language '%s' "
				    "defined twice", s);
				goto fail;
			}
			t->v = xrealloc(t->v, (t->n + 1) * sizeof(*t->v));
			l = &t->v[t->n++];
			memset(l, 0, sizeof(*l));
			l->id = xstrdup(s);
			l->policy = SBX_POLICY_RUN;
			l->time_mult = 1;
			l->heap_margin_mb = 0;
			l->pids = 16;
			continue;
		}
		if ((eq = strchr(s, '=')) == NULL) {
			snprintf(why, sizeof(why), "expected 'key = value'");
			goto fail;
		}
		if (l == NULL) {
			snprintf(why, sizeof(why), "key outside a [language] "
			    "section");
			goto fail;
		}
		*eq = '\0';
		if (lang_set(l, trim(s), trim(eq + 1), why, sizeof(why)) == -1)
			goto fail;
	}
	if (ferror(f)) {
		snprintf(why, sizeof(why), "read error");
		goto fail;
	}
	if (l != NULL && lang_check(l, why, sizeof(why)) == -1)
		goto fail;
	if (t->n == 0) {
		snprintf(why, sizeof(why), "no language defined");
		goto fail;
	}
	fclose(f);
	for (i = 0; i < t->n; i++)
		if (t->v[i].name == NULL)
			t->v[i].name = xstrdup(t->v[i].id);
	return 0;
fail:
	snprintf(err, errlen, "%s:%u: %s", path, lineno, why);
	fclose(f);
	lang_table_free(t);
	return -1;
}

const struct lang *
lang_find(const struct lang_table *t, const char *id)
{
	size_t	 i;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->v[i].id, id) == 0)
			return &t->v[i];
	return NULL;
}

const struct lang *
lang_by_filename(const struct lang_table *t, const char *name)
{
	const char	*dot, *slash;
	size_t		 i, j;

	slash = strrchr(name, '/');
	dot = strrchr(slash ? slash : name, '.');
	if (dot == NULL)
		return NULL;
	for (i = 0; i < t->n; i++)
		for (j = 0; t->v[i].exts[j] != NULL; j++)
			if (strcmp(t->v[i].exts[j], dot) == 0)
				return &t->v[i];
	return NULL;
}

static int
path_ok(const char *p, char *why, size_t whylen)
{
	/* /box/... is the compiled artifact: it exists only in a box. */
	if (p[0] == '/' && strncmp(p, "/box/", 5) != 0 &&
	    access(p, X_OK) == -1) {
		snprintf(why, whylen, "'%s' is missing", p);
		return 0;
	}
	return 1;
}

int
lang_available(const struct lang *l, char *why, size_t whylen)
{
	size_t	 i;

	if (why != NULL && whylen > 0)
		why[0] = '\0';
	for (i = 0; l->requires != NULL && l->requires[i] != NULL; i++)
		if (!path_ok(l->requires[i], why, whylen))
			return 0;
	if (l->compile != NULL && !path_ok(l->compile[0], why, whylen))
		return 0;
	return path_ok(l->run[0], why, whylen);
}

const char *
lang_java_class(const char *filename, char *buf, size_t len)
{
	const char	*base, *dot;
	size_t		 n, i;

	base = strrchr(filename, '/');
	base = base ? base + 1 : filename;
	dot = strrchr(base, '.');
	n = dot ? (size_t)(dot - base) : strlen(base);
	if (n == 0 || n > 64 || n + 1 > len ||
	    !(isalpha((unsigned char)base[0]) || base[0] == '_'))
		return "Main";
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)base[i]) && base[i] != '_')
			return "Main";
	memcpy(buf, base, n);
	buf[n] = '\0';
	return buf;
}

/* Expand one word; returns 0, or 1 when the word must be dropped. */
static int
expand_word(const char *w, const struct lang_vars *lv, struct buf *o)
{
	const char	*p, *e;
	char		 num[32];
	size_t		 klen;
	unsigned	 heap;

	buf_reset(o);
	for (p = w; *p != '\0'; p++) {
		if (*p != '{' || (e = strchr(p, '}')) == NULL) {
			buf_putc(o, *p);
			continue;
		}
		klen = (size_t)(e - p - 1);
#define KEY(s)	(klen == sizeof(s) - 1 && strncmp(p + 1, s, klen) == 0)
		if (KEY("class"))
			buf_puts(o, lv->class_name ? lv->class_name : "Main");
		else if (KEY("memory_mb")) {
			snprintf(num, sizeof(num), "%u", lv->memory_mb);
			buf_puts(o, num);
		} else if (KEY("heap_mb")) {
			heap = lv->memory_mb > lv->heap_margin_mb + 16 ?
			    lv->memory_mb - lv->heap_margin_mb : 16;
			snprintf(num, sizeof(num), "%u", heap);
			buf_puts(o, num);
		} else if (KEY("pch_dir")) {
			if (lv->pch_dir == NULL)
				return 1;
			buf_puts(o, lv->pch_dir);
		} else if (KEY("input"))
			buf_puts(o, lv->input ? lv->input : "");
		else if (KEY("output"))
			buf_puts(o, lv->output ? lv->output : "");
		else {
			buf_putc(o, *p);
			continue;
		}
#undef KEY
		p = e;
	}
	return 0;
}

char **
lang_expand(char *const *tmpl, const struct lang_vars *lv)
{
	char	**v = NULL;
	size_t	  n = 0, i, j;
	struct buf o;

	if (tmpl == NULL)
		return NULL;
	buf_init(&o, 2 * LINE_MAX_LEN);
	for (i = 0; tmpl[i] != NULL; i++) {
		if (strcmp(tmpl[i], "{source}") == 0) {
			for (j = 0; lv->sources && lv->sources[j]; j++)
				argv_push(&v, &n, xstrdup(lv->sources[j]));
			continue;
		}
		if (expand_word(tmpl[i], lv, &o) == 0)
			argv_push(&v, &n, xstrdup(buf_cstr(&o)));
	}
	buf_free(&o);
	if (v == NULL)
		v = xcalloc(1, sizeof(*v));
	return v;
}

char *
lang_source_name(const struct lang *l, const char *class_name)
{
	struct lang_vars lv;
	struct buf	 o;
	char		*s;

	memset(&lv, 0, sizeof(lv));
	lv.class_name = class_name;
	buf_init(&o, LINE_MAX_LEN);
	expand_word(l->source, &lv, &o);
	s = xstrdup(buf_cstr(&o));
	buf_free(&o);
	return s;
}

char *
lang_default_path(void)
{
	const char	*env;
	char		 exe[PATH_MAX], *slash, *p;
	ssize_t		 n;
	static const char *const rel[] = {
		"languages.conf", "../judge/languages.conf", NULL
	};
	size_t		 i;

	if ((env = getenv("VERDICT_LANGUAGES")) != NULL && *env != '\0')
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			slash[1] = '\0';
			for (i = 0; rel[i] != NULL; i++) {
				p = xasprintf("%s%s", exe, rel[i]);
				if (access(p, R_OK) == 0)
					return p;
				free(p);
			}
		}
	}
	if (access("/etc/verdict/languages.conf", R_OK) == 0)
		return xstrdup("/etc/verdict/languages.conf");
	return NULL;
}

char *
lang_version(const struct lang *l)
{
	char		 buf[512], *nl, *line, *out = NULL;
	size_t		 len = 0;
	ssize_t		 n;
	pid_t		 pid;
	int		 p[2], st, fd;
	struct pollfd	 pfd;
	time_t		 deadline;

	if (l->version == NULL || access(l->version[0], X_OK) == -1)
		return NULL;
	if (pipe2(p, O_CLOEXEC) == -1)
		return NULL;
	if ((pid = fork()) == -1) {
		close(p[0]);
		close(p[1]);
		return NULL;
	}
	if (pid == 0) {
		if ((fd = open("/dev/null", O_RDONLY)) != -1)
			dup2(fd, 0);
		dup2(p[1], 1);
		dup2(p[1], 2);
		execv(l->version[0], l->version);
		_exit(127);
	}
	close(p[1]);
	deadline = time(NULL) + 5;
	pfd.fd = p[0];
	pfd.events = POLLIN;
	while (len < sizeof(buf) - 1 && time(NULL) < deadline) {
		if (poll(&pfd, 1, 1000) <= 0)
			continue;
		n = read(p[0], buf + len, sizeof(buf) - 1 - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	buf[len] = '\0';
	close(p[0]);
	kill(pid, SIGKILL);	/* done reading, or too slow */
	while (waitpid(pid, &st, 0) == -1 && errno == EINTR)
		;
	for (line = buf; line != NULL && *line != '\0'; line = nl) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		while (*line == ' ' || *line == '\t' || *line == '\r')
			line++;
		if (*line != '\0') {
			out = xstrdup(line);
			break;
		}
	}
	return out;
}
