/* test_pkg.c: problem package reading and the YAML to JSON converter. */
#include <sys/stat.h>

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "t.h"
#include "../../judge/pkg.h"

static char	 root[64];

/* Write root/pkg/rel (parents made), content as a C string. */
static void
put(const char *pkg, const char *rel, const char *content)
{
	char	 path[512], *s;
	FILE	*f;

	snprintf(path, sizeof(path), "%s/%s/%s", root, pkg, rel);
	for (s = path + strlen(root) + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		if (mkdir(path, 0755) == -1 && errno != EEXIST)
			abort();
		*s = '/';
	}
	if ((f = fopen(path, "w")) == NULL)
		abort();
	fputs(content, f);
	fclose(f);
}

/* A minimal valid package named pkg, with a two-test secret set. */
static void
base(const char *pkg, const char *yaml)
{
	put(pkg, "problem.yaml", yaml);
	put(pkg, "problem_statement/problem.md", "Add two numbers.\n");
	put(pkg, "data/sample/1.in", "1 2\n");
	put(pkg, "data/sample/1.ans", "3\n");
	put(pkg, "data/secret/1.in", "2 2\n");
	put(pkg, "data/secret/1.ans", "4\n");
}

static int
rm_cb(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	return remove(p);
}

/* Load root/pkg; returns 0/-1 and leaves the error in err. */
static int
load(struct pkg *p, const char *pkg, char *err, size_t errlen)
{
	char	 dir[256];

	snprintf(dir, sizeof(dir), "%s/%s", root, pkg);
	return pkg_load(p, dir, err, errlen);
}

static void
expect_error(const char *pkg, const char *want1, const char *want2,
    const char *what)
{
	struct pkg	 p;
	char		 err[512];
	int		 rc;

	rc = load(&p, pkg, err, sizeof(err));
	T_OK(rc == -1 && strstr(err, want1) != NULL &&
	    (want2 == NULL || strstr(err, want2) != NULL), "%s: \"%s\"",
	    what, err);
	if (rc == 0)
		pkg_free(&p);
}

static void
test_good(void)
{
	struct pkg		 p;
	struct json_object	*o;
	char			 err[512];
	size_t			 i;
	static const char *const order[] = {
		"sample/1", "sample/2", "secret/10", "secret/a",
		"secret/b/1", "secret/b/2", "secret/b/x/1", "secret/c",
	};

	base("good", "name: Sum\ndifficulty: easy\ntags: [math, \"io\"]\n"
	    "kind: stdio\nlimits:\n  memory: 256\n  output: 16\n"
	    "  time_multiplier: 3\nvalidation: default\n"
	    "validator_flags: float_tolerance 1e-6\nauthor: Someone\n");
	put("good", ".timelimit", "2.5\n");
	put("good", "data/sample/2.in", "5 5\n");
	put("good", "data/sample/2.ans", "10\n");
	{
		char path[512];

		/* base() made secret/1: this package orders other names. */

		snprintf(path, sizeof(path), "%s/good/data/secret/1.in", root);
		unlink(path);
		snprintf(path, sizeof(path), "%s/good/data/secret/1.ans",
		    root);
		unlink(path);
	}
	put("good", "data/secret/c.in", "c\n");
	put("good", "data/secret/c.ans", "c\n");
	put("good", "data/secret/a.in", "a\n");
	put("good", "data/secret/a.ans", "a\n");
	put("good", "data/secret/10.in", "10\n");
	put("good", "data/secret/10.ans", "10\n");
	put("good", "data/secret/b/2.in", "b2\n");
	put("good", "data/secret/b/2.ans", "b2\n");
	put("good", "data/secret/b/1.in", "b1\n");
	put("good", "data/secret/b/1.ans", "b1\n");
	put("good", "data/secret/b/testdata.yaml",
	    "output_validator_flags: case_sensitive\n");
	put("good", "data/secret/b/x/1.in", "x\n");
	put("good", "data/secret/b/x/1.ans", "x\n");
	put("good", "data/secret/notes.txt", "ignored\n");
	put("good", "data/secret/.hidden.in", "ignored\n");

	if (load(&p, "good", err, sizeof(err)) == -1) {
		T_OK(0, "good package loads: %s", err);
		return;
	}
	T_OK(1, "good package loads");
	T_STREQ(p.slug, "good", "slug");
	T_STREQ(p.name, "Sum", "name");
	T_INTEQ(p.difficulty, PKG_DIFF_EASY, "difficulty");
	T_INTEQ(p.kind, PKG_KIND_STDIO, "kind");
	T_INTEQ(p.ntags, 2, "two tags");
	T_STREQ(p.tags[0], "math", "tag 1");
	T_STREQ(p.tags[1], "io", "tag 2 (quoted)");
	T_OK(p.tags[2] == NULL, "tags NULL-terminated");
	T_OK(p.time_limit == 2.5 && p.time_limit_given, ".timelimit read");
	T_OK(p.time_multiplier == 3, "limits.time_multiplier");
	T_INTEQ(p.memory_mb, 256, "limits.memory");
	T_INTEQ(p.output_mb, 16, "limits.output");
	T_INTEQ(p.validation, PKG_VALIDATION_DEFAULT, "validation");
	T_STREQ(p.validator_flags, "float_tolerance 1e-6", "validator_flags");
	T_OK(p.statement != NULL && strstr(p.statement,
	    "problem_statement/problem.md") != NULL, "statement path");
	T_INTEQ(p.ntests, 8, "test count");
	T_INTEQ(p.nsamples, 2, "sample count");
	for (i = 0; i < p.ntests && i < 8; i++)
		T_STREQ(p.tests[i].name, order[i], "test %zu in order", i + 1);
	T_OK(p.tests[0].is_sample && p.tests[1].is_sample &&
	    !p.tests[2].is_sample, "sample flags");
	T_OK(p.tests[2].vflags.abs_tol == 1e-6 &&
	    !p.tests[2].vflags.case_sensitive, "problem flags on secret/10");
	T_OK(p.tests[4].vflags.case_sensitive &&
	    p.tests[4].vflags.abs_tol < 0, "group flags on secret/b/1");
	T_OK(p.tests[6].vflags.case_sensitive, "group flags inherited by "
	    "secret/b/x/1");
	T_OK(!p.tests[7].vflags.case_sensitive, "group flags not leaking to "
	    "secret/c");
	T_OK(strstr(p.tests[2].in_path, "data/secret/10.in") != NULL &&
	    strstr(p.tests[2].ans_path, "data/secret/10.ans") != NULL,
	    "paths");
	T_OK(json_object_object_get_ex(p.yaml, "author", &o) &&
	    strcmp(json_object_get_string(o), "Someone") == 0,
	    "other keys kept in yaml");
	T_OK(p.signature == NULL, "no signature");
	pkg_free(&p);
}

static void
test_defaults(void)
{
	struct pkg	 p;
	char		 err[512];

	/* Plain Kattis package: no difficulty, no name, tex statement. */
	put("plain", "problem.yaml", "source: NWERC\n");
	put("plain", "problem_statement/problem.en.tex", "\\problemname{}\n");
	put("plain", "data/secret/1.in", "1\n");
	put("plain", "data/secret/1.ans", "1\n");
	if (load(&p, "plain", err, sizeof(err)) == -1) {
		T_OK(0, "plain package loads: %s", err);
		return;
	}
	T_OK(1, "plain package loads");
	T_STREQ(p.name, "plain", "name defaults to the slug");
	T_INTEQ(p.difficulty, PKG_DIFF_NONE, "no difficulty");
	T_INTEQ(p.ntags, 0, "no tags");
	T_OK(p.time_limit == PKG_DEFAULT_TIME_LIMIT && !p.time_limit_given,
	    "default time limit");
	T_INTEQ(p.memory_mb, 2048, "default memory (spec)");
	T_INTEQ(p.output_mb, 8, "default output (spec)");
	T_OK(p.time_multiplier == 5, "default time_multiplier");
	T_INTEQ(p.nsamples, 0, "no samples");
	T_OK(strstr(p.statement, "problem.en.tex") != NULL, "tex statement");
	pkg_free(&p);

	/* Our time_limit key, and an empty problem.yaml. */
	base("tl", "limits: {time_limit: 0.5}\n");
	if (load(&p, "tl", err, sizeof(err)) == 0) {
		T_OK(p.time_limit == 0.5, "limits.time_limit");
		pkg_free(&p);
	} else
		T_OK(0, "limits.time_limit: %s", err);
	base("names", "name: {sv: Summa, en: Sum}\n");
	if (load(&p, "names", err, sizeof(err)) == 0) {
		T_STREQ(p.name, "Sum", "name map: en");
		pkg_free(&p);
	} else
		T_OK(0, "name map: %s", err);
	base("names2", "name: {sv: Summa}\n");
	if (load(&p, "names2", err, sizeof(err)) == 0) {
		T_STREQ(p.name, "Summa", "name map: first");
		pkg_free(&p);
	} else
		T_OK(0, "name map first: %s", err);
	base("empty-yaml", "");
	if (load(&p, "empty-yaml", err, sizeof(err)) == 0) {
		T_OK(1, "empty problem.yaml is fine");
		pkg_free(&p);
	} else
		T_OK(0, "empty problem.yaml: %s", err);

	/* Custom validation with its folder. */
	base("custom", "validation: custom\nvalidator_flags: any words\n");
	put("custom", "output_validators/check/validate.cpp", "int main(){}\n");
	if (load(&p, "custom", err, sizeof(err)) == 0) {
		T_OK(strstr(p.validator, "output_validators/check") != NULL &&
		    p.validation == PKG_VALIDATION_CUSTOM,
		    "custom validator folder");
		pkg_free(&p);
	} else
		T_OK(0, "custom package: %s", err);

	/* Function problem with a signature. */
	base("func", "kind: function\nsignature:\n  function: twoSum\n"
	    "  params:\n    - {name: nums, type: 'int[]'}\n"
	    "  returns: int[]\n");
	if (load(&p, "func", err, sizeof(err)) == 0) {
		T_INTEQ(p.kind, PKG_KIND_FUNCTION, "function kind");
		T_STREQ(json_object_to_json_string_ext(p.signature,
		    JSON_C_TO_STRING_PLAIN), "{\"function\":\"twoSum\","
		    "\"params\":[{\"name\":\"nums\",\"type\":\"int[]\"}],"
		    "\"returns\":\"int[]\"}", "signature as JSON");
		pkg_free(&p);
	} else
		T_OK(0, "function package: %s", err);
}

static void
test_errors(void)
{
	char	 path[512];

	base("noans", "name: x\n");
	put("noans", "data/secret/2.in", "1\n");
	expect_error("noans", "problem 'noans'",
	    "data/secret/2.in has no matching .ans", "missing .ans");

	base("noin", "name: x\n");
	put("noin", "data/secret/g/3.ans", "1\n");
	expect_error("noin", "data/secret/g/3.ans has no matching .in", NULL,
	    "orphan .ans");

	base("badyaml", "name: [unclosed\nlimits: 3\n");
	expect_error("badyaml", "problem 'badyaml': problem.yaml: line ",
	    NULL, "bad YAML");

	base("tabs", "name: x\nlimits:\n\tmemory: 5\n");
	expect_error("tabs", "problem.yaml: line 3", NULL, "tab indentation");

	base("dup", "name: x\nname: y\n");
	expect_error("dup", "duplicate key 'name'", NULL, "duplicate key");

	base("diff", "name: x\ndifficulty: extreme\n");
	expect_error("diff", "problem.yaml: difficulty 'extreme' is not one "
	    "of easy, medium, hard", NULL, "unknown difficulty");

	base("kind", "kind: interactive\n");
	expect_error("kind", "kind 'interactive'", NULL, "unknown kind");

	base("nosig", "kind: function\n");
	expect_error("nosig", "needs a signature", NULL, "function without "
	    "signature");

	base("nostmt", "name: x\n");
	snprintf(path, sizeof(path), "%s/nostmt/problem_statement/problem.md",
	    root);
	unlink(path);
	expect_error("nostmt", "problem 'nostmt': problem_statement/", "no "
	    "problem.md", "missing statement file");
	snprintf(path, sizeof(path), "%s/nostmt/problem_statement", root);
	rmdir(path);
	expect_error("nostmt", "problem_statement/: missing", NULL,
	    "missing statement folder");

	base("noyaml", "x: 1\n");
	snprintf(path, sizeof(path), "%s/noyaml/problem.yaml", root);
	unlink(path);
	expect_error("noyaml", "problem.yaml: missing", NULL,
	    "missing problem.yaml");

	base("listyaml", "- a\n- b\n");
	expect_error("listyaml", "expected a mapping", NULL, "top-level list");

	base("mem", "limits:\n  memory: lots\n");
	expect_error("mem", "limits.memory must be a number", NULL,
	    "non-numeric memory");
	base("mem0", "limits:\n  memory: 0\n");
	expect_error("mem0", "limits.memory", NULL, "zero memory");
	base("memf", "limits:\n  memory: 1.5\n");
	expect_error("memf", "whole number", NULL, "fractional memory");

	base("flags", "validator_flags: case_sensitiv\n");
	expect_error("flags", "unknown validator flag 'case_sensitiv'", NULL,
	    "unknown validator flag");
	base("flags2", "validator_flags: float_tolerance\n");
	expect_error("flags2", "needs a finite number", NULL,
	    "tolerance without value");

	base("val", "validation: custom interactive\n");
	expect_error("val", "validation 'custom interactive' is not "
	    "supported", NULL, "interactive");
	base("noval", "validation: custom\n");
	expect_error("noval", "output_validators/: missing", NULL,
	    "custom without validator");

	base("tl", "x: 1\n");
	put("tl", ".timelimit", "fast\n");
	expect_error("tl", ".timelimit: expected a number", NULL,
	    "bad .timelimit");

	base("notests", "x: 1\n");
	snprintf(path, sizeof(path), "%s/notests/data/secret/1.in", root);
	unlink(path);
	snprintf(path, sizeof(path), "%s/notests/data/secret/1.ans", root);
	unlink(path);
	expect_error("notests", "data/secret/: no tests", NULL,
	    "no secret tests");

	base("tags", "tags: graphs\n");
	expect_error("tags", "tags must be a list", NULL, "tags not a list");

	base("gflags", "x: 1\n");
	put("gflags", "data/secret/testdata.yaml",
	    "output_validator_flags: [1]\n");
	expect_error("gflags", "data/secret/testdata.yaml: "
	    "output_validator_flags must be a string", NULL,
	    "bad group flags");

	expect_error("does-not-exist", "problem 'does-not-exist': '",
	    "is not a folder",
	    "missing folder");
}

static void
yaml_case(const char *yaml, const char *want_json, const char *want_err,
    const char *what)
{
	struct json_object	*o;
	char			 err[256];

	o = pkg_yaml_to_json(yaml, strlen(yaml), err, sizeof(err));
	if (want_err != NULL) {
		T_OK(o == NULL && strstr(err, want_err) != NULL,
		    "yaml %s: error \"%s\"", what, err);
	} else {
		T_STREQ(err[0] == '\0' ? json_object_to_json_string_ext(o,
		    JSON_C_TO_STRING_PLAIN) : err, want_json, "yaml %s", what);
	}
	json_object_put(o);
}

static void
test_yaml(void)
{
	yaml_case("a: 1\nb: -2\nc: 1.5\nd: true\ne: ~\nf: hello\ng: '5'\n"
	    "h: \"true\"\ni: 1e3\nj: 0x10\nk: .inf\nl: False\nm: null\n",
	    "{\"a\":1,\"b\":-2,\"c\":1.5,\"d\":true,\"e\":null,\"f\":\"hello\","
	    "\"g\":\"5\",\"h\":\"true\",\"i\":1000.0,\"j\":16,\"k\":\".inf\","
	    "\"l\":false,\"m\":null}", NULL, "scalar typing");
	yaml_case("- [1, 2]\n- {x: y}\n- - z\n",
	    "[[1,2],{\"x\":\"y\"},[\"z\"]]", NULL, "nesting");
	yaml_case("", "{}", NULL, "empty document");
	yaml_case("big: 99999999999999999999\n", "{\"big\":1e+20}", NULL,
	    "int overflow becomes a float");
	yaml_case("a: &x [1, 2]\nb: *x\n", "{\"a\":[1,2],\"b\":[1,2]}", NULL,
	    "alias");
	yaml_case("a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,"
	    "*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,"
	    "*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
	    "f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n", NULL, "alias bomb",
	    "alias bomb refused");
	yaml_case("? [a]\n: 1\n", NULL, "keys must be scalars",
	    "non-scalar key");
	yaml_case("a: 1\na: 2\n", NULL, "duplicate key 'a'",
	    "duplicate key");
	yaml_case("a: [1\n", NULL, "line ", "unterminated flow");
	yaml_case("a: 1\n--- \nb: 2\n", "{\"a\":1}", NULL,
	    "first document only");
}

int
main(void)
{
	snprintf(root, sizeof(root), "/tmp/test_pkg.XXXXXX");
	if (mkdtemp(root) == NULL)
		return 2;
	test_good();
	test_defaults();
	test_errors();
	test_yaml();
	nftw(root, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
	T_DONE();
}
