/*
 * monaco-worker.js: starts one of Monaco's web workers from our origin.
 * Monaco would build the same three lines into a blob: URL, which the
 * strict CSP refuses (problem.js points MonacoEnvironment.getWorker here).
 */
self.MonacoEnvironment = { baseUrl: '/static/vendor/monaco/' };
importScripts('/static/vendor/monaco/vs/base/worker/workerMain.js');
