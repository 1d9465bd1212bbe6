/* test_lang.c: the language table: parsing, errors, expansion, lookups. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "t.h"
#include "../../judge/lang.h"

static char	 path[64];

static void
write_conf(const char *text)
{
	FILE	*f;

	if ((f = fopen(path, "w")) == NULL)
		abort();
	fputs(text, f);
	fclose(f);
}

static void
load_err(const char *text, const char *want, const char *what)
{
	struct lang_table	 t;
	char			 err[512];
	int			 rc;

	write_conf(text);
	rc = lang_table_load(&t, path, err, sizeof(err));
	T_OK(rc == -1 && strstr(err, want) != NULL, "%s: \"%s\"", what, err);
	if (rc == 0)
		lang_table_free(&t);
}

static char *
joined(char **v)
{
	static char	 buf[1024];
	size_t		 i;

	buf[0] = '\0';
	for (i = 0; v != NULL && v[i] != NULL; i++) {
		if (i > 0)
			strncat(buf, "|", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, v[i], sizeof(buf) - strlen(buf) - 1);
	}
	return buf;
}

static const char conf[] =
    "# comment\n"
    "[c]\n"
    "name = C\n"
    "extensions = .c\n"
    "source = main.c\n"
    "compile = /usr/bin/gcc -O2 -o main {source} -lm\n"
    "artifact = main\n"
    "run = /box/main\n"
    "\n"
    "[java]\n"
    "extensions = .java\n"
    "source = {class}.java\n"
    "compile = /bin/sh -c \"javac {class}.java && echo \\\"ok\\\"\" 'a b'\n"
    "artifact = prog.jar\n"
    "run = /usr/bin/java -Xmx{heap_mb}m -cp /box/prog.jar {class}\n"
    "policy = jvm\n"
    "time_multiplier = 2.5\n"
    "memory_extra_mb = 64\n"
    "heap_margin_mb = 32\n"
    "pids = 64\n"
    "binds = /etc/java-17-openjdk\n"
    "\n"
    "[cpp]\n"
    "extensions = .cc .cpp\n"
    "source = main.cpp\n"
    "compile = /usr/bin/g++ -I{pch_dir} -o main {source}\n"
    "artifact = main\n"
    "run = /box/main\n"
    "pch_header = bits/stdc++.h\n"
    "pch = /usr/bin/g++ -x c++-header -o {output} {input}\n"
    "requires = /nonexistent/tool\n";

int
main(void)
{
	struct lang_table	 t;
	struct lang_vars	 lv;
	const struct lang	*l, *c, *cpp;
	const char		*srcs[] = { "a.c", "b.c", NULL };
	char			 err[512], buf[80], **v;
	int			 fd;

	snprintf(path, sizeof(path), "/tmp/test_lang.XXXXXX");
	if ((fd = mkstemp(path)) == -1)
		return 2;
	close(fd);

	write_conf(conf);
	if (lang_table_load(&t, path, err, sizeof(err)) == -1) {
		T_OK(0, "load: %s", err);
		T_DONE();
	}
	T_INTEQ(t.n, 3, "three languages");
	c = lang_find(&t, "c");
	l = lang_find(&t, "java");
	cpp = lang_find(&t, "cpp");
	T_OK(c != NULL && l != NULL && cpp != NULL, "found by id");
	T_OK(lang_find(&t, "cobol") == NULL, "unknown id");
	T_STREQ(c->name, "C", "name");
	T_STREQ(l->name, "java", "name defaults to the id");
	T_OK(lang_by_filename(&t, "x/y/sol.cpp") == cpp, "by .cpp");
	T_OK(lang_by_filename(&t, "sol.cc") == cpp, "by .cc");
	T_OK(lang_by_filename(&t, "Main.java") == l, "by .java");
	T_OK(lang_by_filename(&t, "a.d/sol") == NULL, "dot in folder only");
	T_OK(lang_by_filename(&t, "sol.py") == NULL, "unknown extension");
	T_INTEQ(l->policy, SBX_POLICY_RUN_JVM, "policy jvm");
	T_INTEQ(c->policy, SBX_POLICY_RUN, "policy default run");
	T_OK(l->time_mult == 2.5, "time multiplier");
	T_INTEQ(l->memory_extra_mb, 64, "memory extra");
	T_INTEQ(l->pids, 64, "pids");
	T_INTEQ(c->pids, 16, "pids default");
	T_OK(l->java_class && !c->java_class, "{class} in source");
	T_STREQ(joined(l->binds), "/etc/java-17-openjdk", "binds");
	T_STREQ(joined(l->compile),
	    "/bin/sh|-c|javac {class}.java && echo \"ok\"|a b", "quoting");

	memset(&lv, 0, sizeof(lv));
	lv.sources = srcs;
	v = lang_expand(c->compile, &lv);
	T_STREQ(joined(v), "/usr/bin/gcc|-O2|-o|main|a.c|b.c|-lm",
	    "{source} expands to several words");
	lang_argv_free(v);

	lv.class_name = "Sol";
	lv.memory_mb = 256;
	lv.heap_margin_mb = l->heap_margin_mb;
	v = lang_expand(l->run, &lv);
	T_STREQ(joined(v), "/usr/bin/java|-Xmx224m|-cp|/box/prog.jar|Sol",
	    "{heap_mb} and {class}");
	lang_argv_free(v);
	lv.memory_mb = 40;
	v = lang_expand(l->run, &lv);
	T_STREQ(joined(v), "/usr/bin/java|-Xmx16m|-cp|/box/prog.jar|Sol",
	    "{heap_mb} floor");
	lang_argv_free(v);

	v = lang_expand(cpp->compile, &lv);
	T_STREQ(joined(v), "/usr/bin/g++|-o|main|a.c|b.c",
	    "{pch_dir} word dropped without a PCH");
	lang_argv_free(v);
	lv.pch_dir = "/pch";
	v = lang_expand(cpp->compile, &lv);
	T_STREQ(joined(v), "/usr/bin/g++|-I/pch|-o|main|a.c|b.c",
	    "{pch_dir} with a PCH");
	lang_argv_free(v);
	T_OK(lang_expand(NULL, &lv) == NULL, "NULL template");

	v = (char *[]){ lang_source_name(l, "Sol"), NULL };
	T_STREQ(v[0], "Sol.java", "source name with {class}");
	free(v[0]);

	T_STREQ(lang_java_class("dir/Sum.java", buf, sizeof(buf)), "Sum",
	    "java class from file name");
	T_STREQ(lang_java_class("java-ac.java", buf, sizeof(buf)), "Main",
	    "not an identifier: Main");
	T_STREQ(lang_java_class("1abc.java", buf, sizeof(buf)), "Main",
	    "leading digit: Main");
	T_STREQ(lang_java_class("A$B.java", buf, sizeof(buf)), "Main",
	    "dollar (shell-unsafe): Main");
	T_STREQ(lang_java_class(".java", buf, sizeof(buf)), "Main",
	    "empty base: Main");

	T_OK(lang_available(c, err, sizeof(err)) ==
	    (access("/usr/bin/gcc", X_OK) == 0), "c availability follows gcc");
	T_OK(!lang_available(cpp, err, sizeof(err)) &&
	    strstr(err, "/nonexistent/tool") != NULL,
	    "missing toolchain: %s", err);
	lang_table_free(&t);

	load_err("name = x\n", ":1: key outside a [language] section",
	    "key before section");
	load_err("[c]\nrun = /box/main\n", "needs run, source and extensions",
	    "missing keys");
	load_err("[c]\nextensions = .c\nsource = a.c\nrun = /x \"open\n",
	    ":4: unbalanced quote", "unbalanced quote");
	load_err("[c]\nbogus = 1\n", ":2: unknown key 'bogus'", "unknown key");
	load_err("[C]\n", "bad section name", "upper-case id");
	load_err("[c]\nextensions = .c\nsource = a.c\nrun = /x\n[c]\n",
	    "defined twice", "duplicate id");
	load_err("[c]\npolicy = compile\n", "is not one of run, jvm, node",
	    "compile policy refused for runs");
	load_err("[c]\ntime_multiplier = 0\n", "time_multiplier '0'",
	    "zero multiplier");
	load_err("[c]\npids = lots\n", "'pids' needs a whole number",
	    "bad pids");
	load_err("[c]\nsource = ../x.c\n", "plain file name", "source path");
	load_err("[c]\nextensions = .c\nsource = a.c\nrun = /x\nbinds = "
	    "etc\n", "absolute host path", "relative bind");
	load_err("[c]\nextensions = .c\nsource = a.c\nrun = /x\npch = /g\n",
	    "pch and pch_header go together", "pch without header");
	load_err("", "no language defined", "empty file");
	unlink(path);
	T_OK(lang_table_load(&t, path, err, sizeof(err)) == -1 &&
	    strstr(err, "No such file") != NULL, "missing file: \"%s\"", err);
	T_DONE();
}
