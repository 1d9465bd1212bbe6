/* check_fn.c: judging function problems (LeetCode style) through sig.h. */
/*
 * The user's code and the language's driver (sig_build) compile as one
 * program; every selected test runs in ONE box, the driver writing one
 * result line per test on SIG_RESULT_FD.  The time limit bounds the whole
 * run; a run cut short is charged to the test it was in (the first test
 * without a result line).  Result lines are untrusted: a malformed one is
 * the program's RE, never IE.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "sig.h"
#include "xmalloc.h"

/* Record a failure of test i (the first one decides the verdict). */
static void
fn_fail(struct cctx *c, size_t i, enum check_verdict v, char *msg)
{
	struct check_result	*res = c->res;

	res->tests[i].verdict = v;
	res->tests[i].judge_message = msg;
	if (res->failed_test == -1) {
		res->failed_test = (long)i;
		res->verdict = v;
		if (msg != NULL)
			res->judge_message = xasprintf("%s: %s",
			    res->tests[i].name, msg);
	}
}

/*
 * Judge the results of one driver run: tests with a result line are
 * compared, the first test without one gets the run's fate.
 */
static void
fn_results(struct cctx *c, const struct sig *sig, const struct sbx_result *r,
    const struct sig_results *sr, size_t n)
{
	struct check_result	*res = c->res;
	const struct lang	*l = c->o->lang;
	struct check_test	*ct;
	enum check_verdict	 v;
	char			 msg[1024], *ans;
	size_t			 i, anslen;
	int			 cmp;

	for (i = 0; i < n && i < sr->n; i++) {
		ct = &res->tests[i];
		ct->exit_code = -1;
		if (sr->v[i].status == SIG_R_RE) {
			fn_fail(c, i, CHECK_RE, check_show(sr->v[i].text,
			    sr->v[i].len, NULL));
			goto done;
		}
		if (ct->is_sample || c->o->custom_input != NULL)
			ct->output = check_show(sr->v[i].text, sr->v[i].len,
			    &ct->output_truncated);
		if (c->o->custom_input != NULL) {
			ct->verdict = CHECK_AC;
			res->passed++;
			continue;
		}
		ans = pkg_read_file(c->o->pkg->tests[i].ans_path, ANSWER_MAX,
		    &anslen);
		if (ans == NULL) {
			check_ie(res, "reading '%s': %s",
			    c->o->pkg->tests[i].ans_path, strerror(errno));
			return;
		}
		cmp = sig_compare(sig, ans, sr->v[i].text, msg, sizeof(msg));
		free(ans);
		if (cmp == -1) {
			check_ie(res, "test '%s': the expected answer is not "
			    "JSON", ct->name);
			return;
		}
		if (cmp == 1) {
			if (ct->output == NULL)
				ct->output = check_show(sr->v[i].text,
				    sr->v[i].len, &ct->output_truncated);
			fn_fail(c, i, CHECK_WA, xstrdup(msg));
			if (!c->o->keep_going)
				goto done;
			continue;
		}
		ct->verdict = CHECK_AC;
		res->passed++;
	}
	if (i < n && res->failed_test == -1) {
		/* The run ended inside test i. */
		ct = &res->tests[i];
		ct->exit_code = r->exit_code;
		ct->signal = r->signal;
		v = check_map_status(l, r);
		if (v == CHECK_AC)
			fn_fail(c, i, CHECK_RE, xasprintf("the program exited "
			    "during this test (exit code %d)", r->exit_code));
		else
			fn_fail(c, i, v, check_status_message(c, r, v));
	}
done:
	if (res->failed_test != -1 && res->tests[res->failed_test].verdict !=
	    CHECK_AC && r->err_len > 0)
		res->tests[res->failed_test].stderr_text = check_show(r->err,
		    r->err_len, NULL);
}

/*
 * check_function: judge a function problem (sig.h): build the driver and
 * the user's code for the language, compile, run every selected test in
 * one box with the result channel, then compare result lines.
 */
void
check_function(struct cctx *c)
{
	const struct check_opts	*o = c->o;
	struct check_result	*res = c->res;
	struct sig		*sig = NULL;
	struct sig_files	 sf;
	struct sig_results	 sr;
	struct sig_test		*st = NULL;
	struct sbx_file		*files = NULL;
	struct sbx_job		 job;
	struct sbx_result	 r;
	struct lang_vars	 lv;
	char			 err[512], **ins = NULL, *frame = NULL, *msg;
	const char		*srcs[2];
	size_t			 i, n, flen = 0, nf;
	int			 rc;

	memset(&sf, 0, sizeof(sf));
	memset(&sr, 0, sizeof(sr));
	memset(&r, 0, sizeof(r));
	if (sig_parse(o->pkg->signature, &sig, err, sizeof(err)) == -1) {
		check_ie(res, "problem.yaml signature: %s", err);
		return;
	}
	if (sig_build(sig, o->lang->id, o->source, o->source_len, &sf, err,
	    sizeof(err)) == -1) {
		check_ie(res, "function problems: %s", err);
		goto out;
	}
	free(c->source_box);
	c->source_box = xstrdup(sf.main);
	files = xcalloc(sf.nfiles, sizeof(*files));
	for (i = 0; i < sf.nfiles; i++) {
		files[i].name = sf.files[i].name;
		files[i].data = sf.files[i].data;
		files[i].len = sf.files[i].len;
	}
	srcs[0] = sf.main;
	srcs[1] = NULL;
	rc = check_compile_cached(o->lang, files, sf.nfiles, srcs, "Main",
	    o->cache_dir, res, &c->artifact, &c->artifact_len, &msg,
	    &res->compile_ms, &res->compile_cached);
	res->compile_output = msg;
	if (rc == CHECK_CE) {
		res->verdict = CHECK_CE;
		res->judge_message = xstrdup("compilation failed");
		goto out;
	}
	if (rc != 0)
		goto out;

	/* The tests' arguments, framed for the driver. */
	n = res->ntests;
	st = xcalloc(n, sizeof(*st));
	ins = xcalloc(n, sizeof(*ins));
	for (i = 0; i < n; i++) {
		if (o->custom_input != NULL) {
			st[i].in = o->custom_input;
			st[i].len = o->custom_input_len;
			continue;
		}
		ins[i] = pkg_read_file(o->pkg->tests[i].in_path, INPUT_MAX,
		    &st[i].len);
		if (ins[i] == NULL) {
			check_ie(res, "reading '%s': %s",
			    o->pkg->tests[i].in_path, strerror(errno));
			goto out;
		}
		st[i].in = ins[i];
	}
	if ((frame = sig_frame_tests(sig, st, n, &flen, err,
	    sizeof(err))) == NULL) {
		if (o->custom_input != NULL) {
			res->verdict = CHECK_RE;
			res->judge_message = xasprintf("custom input: %s", err);
			res->tests[0].verdict = CHECK_RE;
		} else
			check_ie(res, "framing the tests: %s", err);
		goto out;
	}

	/* One run over every test. */
	memset(&lv, 0, sizeof(lv));
	lv.sources = srcs;
	lv.class_name = "Main";
	lv.memory_mb = o->pkg->memory_mb;
	lv.heap_margin_mb = o->lang->heap_margin_mb;
	c->run_argv = lang_expand(o->lang->run, &lv);
	c->binds = check_binds(o->lang, NULL, &c->nbinds);
	if (c->artifact != NULL) {
		nf = 1;
		files[0].name = o->lang->artifact;
		files[0].data = c->artifact;
		files[0].len = c->artifact_len;
		files[0].executable = 1;
	} else
		nf = sf.nfiles;
	memset(&job, 0, sizeof(job));
	job.argv = (const char *const *)c->run_argv;
	job.files = files;
	job.nfiles = nf;
	job.stdin_fd = -1;
	job.stdin_data = frame;
	job.stdin_len = flen;
	job.result_fd = SIG_RESULT_FD;
	job.result_max = RESULT_MAX;
	job.lim = c->lim;
	job.policy = o->lang->policy;
	job.binds = c->binds;
	job.nbinds = c->nbinds;
	if (sbx_run(&job, &r) == -1) {
		check_ie(res, "sandbox refused the run job");
		goto out;
	}
	if (r.status == SBX_IE) {
		check_ie(res, "sandbox failed: %s", r.ie_reason);
		goto out;
	}
	res->time_ms = r.cpu_ms;
	res->memory_kb = r.memory_kb;
	if (r.out_len > 0)
		res->stdout_text = check_show(r.out, r.out_len, NULL);
	if (sig_results_parse(r.res_out ? r.res_out : "", r.res_len, &sr,
	    err, sizeof(err)) == -1) {
		fn_fail(c, 0, CHECK_RE, xasprintf("the program wrote on the "
		    "result channel: %s", err));
		goto out;
	}
	if (sr.n > 0 && sr.v[0].status == SIG_R_CE) {
		res->verdict = CHECK_CE;
		free(res->compile_output);
		res->compile_output = check_show(sr.v[0].text, sr.v[0].len,
		    NULL);
		res->judge_message = xstrdup("the source does not fit the "
		    "signature");
		goto out;
	}
	fn_results(c, sig, &r, &sr, n);
	if (res->tests[0].verdict != CHECK_NR || res->verdict != CHECK_AC)
		for (i = 0; i < n; i++)
			res->tests[i].memory_kb = res->tests[i].verdict ==
			    CHECK_NR ? 0 : r.memory_kb;
out:
	sbx_result_free(&r);
	sig_results_free(&sr);
	if (ins != NULL)
		for (i = 0; i < res->ntests; i++)
			free(ins[i]);
	free(ins);
	free(st);
	free(frame);
	free(files);
	sig_files_free(&sf);
	sig_free(sig);
}
