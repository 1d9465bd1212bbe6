/* test_check.c: the check result as JSON (the shape callers rely on). */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "t.h"
#include "../../judge/check.h"

static const char *
jget(struct json_object *o, const char *path)
{
	struct json_object	*v;

	if (!json_object_object_get_ex(o, path, &v))
		return NULL;
	return json_object_get_string(v);
}

int
main(void)
{
	struct check_result	 res;
	struct check_test	 tests[3];
	struct json_object	*j, *a, *t0, *t1, *t2, *v;
	const char		*s;
	int			 i;

	memset(&res, 0, sizeof(res));
	memset(tests, 0, sizeof(tests));
	tests[0].name = "sample/1";
	tests[0].is_sample = 1;
	tests[0].verdict = CHECK_AC;
	tests[0].time_ms = 3;
	tests[0].memory_kb = 3100;
	tests[0].exit_code = 0;
	tests[0].output = strdup("3\n\xff\xfe ok \xc3\xa9 \xed\xa0\x80 "
	    "\xf0\x9f\x98\x80\n");
	tests[1].name = "secret/1";
	tests[1].verdict = CHECK_RE;
	tests[1].time_ms = 5;
	tests[1].memory_kb = 4000;
	tests[1].signal = 11;
	tests[1].exit_code = -1;
	tests[1].judge_message = strdup("killed by signal 11 (SIGSEGV)");
	tests[2].name = "secret/2";
	tests[2].verdict = CHECK_NR;
	tests[2].exit_code = -1;
	res.verdict = CHECK_RE;
	res.time_ms = 5;
	res.memory_kb = 4000;
	res.passed = 1;
	res.ntests = 3;
	res.tests = tests;
	res.failed_test = 1;
	res.compile_output = strdup("");
	res.judge_message = strdup("secret/1: killed by signal 11 (SIGSEGV)");

	j = check_result_json(&res);
	T_STREQ(jget(j, "verdict"), "RE", "verdict");
	T_STREQ(jget(j, "time_ms"), "5", "time_ms");
	T_STREQ(jget(j, "memory_kb"), "4000", "memory_kb");
	T_STREQ(jget(j, "passed"), "1", "passed");
	T_STREQ(jget(j, "total"), "3", "total");
	T_STREQ(jget(j, "compile_output"), "", "compile_output present");
	T_STREQ(jget(j, "judge_message"),
	    "secret/1: killed by signal 11 (SIGSEGV)", "judge_message");
	T_OK(jget(j, "ie_reason") == NULL, "no ie_reason unless IE");
	T_OK(json_object_object_get_ex(j, "tests", &a) &&
	    json_object_array_length(a) == 3, "three tests");
	t0 = json_object_array_get_idx(a, 0);
	t1 = json_object_array_get_idx(a, 1);
	t2 = json_object_array_get_idx(a, 2);
	T_STREQ(jget(t0, "name"), "sample/1", "test name");
	T_STREQ(jget(t0, "verdict"), "AC", "test verdict");
	T_STREQ(jget(t0, "sample"), "true", "sample flag");
	s = jget(t0, "output");
	T_STREQ(s, "3\n\xef\xbf\xbd\xef\xbf\xbd ok \xc3\xa9 \xef\xbf\xbd"
	    "\xef\xbf\xbd\xef\xbf\xbd \xf0\x9f\x98\x80\n",
	    "invalid UTF-8 replaced, valid kept");
	T_OK(jget(t0, "signal") == NULL && jget(t0, "exit_code") == NULL,
	    "no exit fields on AC");
	T_STREQ(jget(t1, "signal"), "11", "signal on RE");
	T_STREQ(jget(t1, "judge_message"), "killed by signal 11 (SIGSEGV)",
	    "test judge_message");
	T_OK(jget(t1, "sample") == NULL && jget(t1, "output") == NULL,
	    "secret test without output");
	T_STREQ(jget(t2, "verdict"), "NR", "not run");
	T_OK(jget(t2, "wall_ms") == NULL, "not run: only the base fields");
	for (i = 0; i < 2; i++) {
		v = json_tokener_parse(json_object_to_json_string(j));
		T_OK(v != NULL, "serialised JSON parses back (%d)", i);
		json_object_put(v);
	}
	json_object_put(j);

	res.verdict = CHECK_IE;
	snprintf(res.ie_reason, sizeof(res.ie_reason), "sandbox: \"x\"");
	j = check_result_json(&res);
	T_STREQ(jget(j, "ie_reason"), "sandbox: \"x\"", "ie_reason on IE");
	json_object_put(j);

	for (i = 0; i < CHECK__MAX; i++)
		T_OK(check_verdict_names[i] != NULL &&
		    strlen(check_verdict_names[i]) >= 2, "verdict name %d", i);
	free(tests[0].output);
	free(tests[1].judge_message);
	free(res.compile_output);
	free(res.judge_message);
	T_DONE();
}
