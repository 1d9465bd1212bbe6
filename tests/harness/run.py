#!/usr/bin/python3
"""tests/harness/run.py: the function-problem drivers, run natively.

For each language, generate drivers with judge/sig.c (through
tests/harness/sigtool.c), compile and run them outside the sandbox (this is
trusted test code) against reference solutions and hand-written values, and
check the results with the C checker.  Covers round trips of every type,
null trees, empty arrays, extreme integers, unicode strings, doubles,
exceptions (RE with the user's line), wrong return types (CE or RE saying
what was expected), the user's stdout, and every problems/*/ package of
kind function (all five reference solutions on samples and secret tests).

Prints TAP ("ok N - ...", "not ok N - ...") and exits non-zero on failure.
  run.py [--langs c,cpp,...] [--only SUBSTRING] [--no-problems] [--time]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LANGS = ["c", "cpp", "python3", "java", "javascript"]
EXT = {"c": "c", "cpp": "cpp", "python3": "py", "java": "java",
       "javascript": "js"}
PY = "/usr/bin/python3"
TIMEOUT = 60

n_tests = 0
n_failed = 0


def tap(ok, what, detail=None, skip=None):
    global n_tests, n_failed
    n_tests += 1
    if skip:
        print("ok %d - %s # SKIP %s" % (n_tests, what, skip))
        return
    if not ok:
        n_failed += 1
    print("%s %d - %s" % ("ok" if ok else "not ok", n_tests, what))
    if not ok and detail:
        for line in str(detail).splitlines()[:15]:
            print("#   " + line)
    sys.stdout.flush()


def build_sigtool(work):
    exe = os.path.join(work, "sigtool")
    cflags = subprocess.run(["pkg-config", "--cflags", "--libs", "json-c"],
                            capture_output=True, text=True).stdout.split()
    src = ["tests/harness/sigtool.c", "judge/sig.c", "judge/sig_code.c",
           "judge/sig_harness.c", "lib/buf.c", "lib/xmalloc.c", "lib/log.c"]
    r = subprocess.run(["cc", "-D_GNU_SOURCE", "-std=c11", "-O1", "-g",
                        "-Ilib", "-Ijudge", "-o", exe] + src + cflags +
                       ["-lm"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        print("Bail out! sigtool does not build\n" + r.stderr)
        sys.exit(1)
    return exe


class Box:
    """One language's compiled driver + user code, in a temp folder."""

    def __init__(self, tool, work, lang, sig, src):
        self.lang = lang
        self.dir = tempfile.mkdtemp(dir=work)
        self.sigfile = os.path.join(self.dir, "sig.json")
        with open(self.sigfile, "w") as f:
            json.dump(sig, f)
        srcfile = os.path.join(self.dir, "user." + EXT[lang])
        with open(srcfile, "w") as f:
            f.write(src)
        self.tool = tool
        self.boxdir = os.path.join(self.dir, "box")
        os.mkdir(self.boxdir)
        r = subprocess.run([tool, "build", lang, self.sigfile, srcfile,
                            self.boxdir], capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("sigtool build: " + r.stderr)
        self.main = r.stdout.strip()
        self.compile_time = 0.0

    def compile(self):
        """None when it compiled, else the compiler's message."""
        cmd = {
            "c": ["gcc", "-O2", "-std=gnu11", "-o", "main", "main.c",
                  "-lm"],
            "cpp": ["g++", "-O2", "-std=gnu++17", "-o", "main",
                    "main.cpp"],
            "java": ["javac", "-encoding", "UTF-8", "-nowarn", "-d", ".",
                     "Main.java"],
        }.get(self.lang)
        if cmd is None:
            return None
        t0 = time.time()
        r = subprocess.run(cmd, cwd=self.boxdir, capture_output=True,
                           text=True)
        self.compile_time = time.time() - t0
        return None if r.returncode == 0 else (r.stderr + r.stdout)

    def run_cmd(self):
        return {
            "c": ["./main"], "cpp": ["./main"],
            "python3": [PY, "-I", "-S", "main.py"],
            "java": ["java", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-Xmx1g",
                     "-XX:TieredStopAtLevel=1", "-Xss64m", "-cp", ".",
                     "Main"],
            "javascript": ["node", "--max-old-space-size=1024",
                           "--stack-size=65500", "main.js"],
        }[self.lang]

    def limits(self):
        # A runaway driver must not take the machine down: 2 GiB of
        # address space for native code and CPython (the JVM and V8
        # reserve more, so they get heap flags instead).
        import resource
        if self.lang in ("c", "cpp", "python3"):
            resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
        resource.setrlimit(resource.RLIMIT_CPU, (TIMEOUT, TIMEOUT))
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 20, 256 << 20))

    def run(self, ins):
        """Run all tests once; returns (results bytes, stdout, stderr,
        returncode, seconds)."""
        fr = subprocess.run([self.tool, "frame", self.sigfile] + ins,
                            capture_output=True)
        if fr.returncode != 0:
            raise RuntimeError("frame: " + fr.stderr.decode())
        resfile = os.path.join(self.dir, "res")
        t0 = time.time()
        r = subprocess.run(["sh", "-c", 'exec "$@" 3>"$VD_RES"', "sh"] +
                           self.run_cmd(), cwd=self.boxdir, input=fr.stdout,
                           capture_output=True, timeout=TIMEOUT,
                           env=dict(os.environ, VD_RES=resfile),
                           preexec_fn=self.limits)
        secs = time.time() - t0
        return resfile, r.stdout, r.stderr, r.returncode, secs

    def judge(self, tests):
        """tests: [(in_path, ans_path)].  Returns (verdict, message)."""
        err = self.compile()
        if err is not None:
            return "CE", err, ""
        resfile, out, errout, rc, secs = self.run([t[0] for t in tests])
        self.last_time = secs
        r = subprocess.run([self.tool, "check", self.sigfile, resfile] +
                           [t[1] for t in tests], capture_output=True,
                           text=True)
        lines = r.stdout.strip().splitlines()
        nac = 0
        while nac < len(lines) and lines[nac].startswith("AC "):
            nac += 1
        if nac == len(lines) == len(tests):
            return "AC", "", out.decode("utf-8", "replace")
        line = "\n".join(lines[nac:]) if nac < len(lines) else "?"
        if line.startswith("MISSING"):
            return "RE", "%s (exit %d) %s" % (line, rc, errout.decode(
                "utf-8", "replace")[-500:]), out.decode("utf-8", "replace")
        verdict, _, msg = line.partition(" ")
        return verdict, msg, out.decode("utf-8", "replace")

    def cleanup(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def write_tests(work, name, cases):
    """cases: [(in_text, ans_text)] -> [(in_path, ans_path)]"""
    d = tempfile.mkdtemp(prefix=name + "-", dir=work)
    out = []
    for i, (tin, tans) in enumerate(cases):
        pi = os.path.join(d, "%02d.in" % i)
        pa = os.path.join(d, "%02d.ans" % i)
        with open(pi, "w") as f:
            f.write(tin)
        with open(pa, "w") as f:
            f.write(tans)
        out.append((pi, pa))
    return out


# ---- round trips: echo(x: T) -> T, solutions made from the stubs ----

ECHO_VALUES = {
    "int": ["0", "-2147483648", "2147483647", "-1"],
    "long": ["0", "-9223372036854775808", "9223372036854775807",
             "4294967296"],
    "double": ["0.1", "-2.5e-300", "1e+300", "3.0", "-0.0",
               "123456789.125"],
    "bool": ["true", "false"],
    "string": ['""', '"hello world"', '"quote \\" backslash \\\\ slash /"',
               '"tab\\tnew\\nline"', '"caf\\u00e9 \\u4e2d\\u6587"',
               '"\\ud83d\\ude00 raw \u00e9\u4e2d\U0001F600"',
               '"ctl \\u0001\\u001f"'],
    "char": ['"a"', '"\\""', '"\\\\"', '" "', '"\\n"'],
    "int[]": ["[]", "[1]", "[-2147483648,2147483647,0,-1]",
              "[" + ",".join(str(i * 7919 % 100003 - 50000)
                             for i in range(2000)) + "]"],
    "long[]": ["[]", "[-9223372036854775808,9223372036854775807,0]"],
    "double[]": ["[]", "[0.5,-1.25,1e-10,2.0]"],
    "bool[]": ["[]", "[true,false,true]"],
    "string[]": ["[]", '[""]', '["a","\\u00e9\u00e9","x\\ny"]'],
    "char[]": ["[]", '["a","b","\\"","z"]'],
    "int[][]": ["[]", "[[]]", "[[1,2],[],[3]]",
                "[[-2147483648],[2147483647,0]]"],
    "char[][]": ["[]", '[["a","b"],["c","d"]]', '[[],[".","#"]]'],
    "string[][]": ["[]", '[[]]', '[["eat","tea"],["\u00e9"],[]]'],
    "ListNode": ["[]", "[1]", "[1,2,3,-2147483648,2147483647]",
                 "[" + ",".join(str(i) for i in range(10000)) + "]"],
    "TreeNode": ["[]", "[1]", "[3,9,20,null,null,15,7]",
                 "[1,null,2,null,3,null,4]", "[1,2]", "[1,null,2]",
                 "[5,4,8,11,null,13,4,7,2,null,null,null,1]",
                 "[" + ",".join(["1"] + ["null,%d" % i
                                         for i in range(2, 3000)]) + "]"],
}

# JavaScript numbers are doubles: longs beyond 2^53 are not exact (as on
# LeetCode), so those values are skipped there.
JS_UNSAFE = {"long": ["-9223372036854775808", "9223372036854775807"],
             "long[]": ["[-9223372036854775808,9223372036854775807,0]"]}


def sig_echo(t):
    return {"function": "echo", "params": [{"name": "x", "type": t}],
            "returns": t}


def stub(tool, work, lang, sig):
    p = os.path.join(work, "stub-sig.json")
    with open(p, "w") as f:
        json.dump(sig, f)
    r = subprocess.run([tool, "stub", lang, p], capture_output=True,
                       text=True)
    return r.stdout


def echo_solution(tool, work, lang, t):
    s = stub(tool, work, lang, sig_echo(t))
    dim = t.count("[]")
    if lang == "c":
        body = {0: "return x;", 1: "*returnSize = xSize; return x;",
                2: "*returnSize = xSize; *returnColumnSizes = xColSize; "
                   "return x;"}[dim]
        return s.replace("{\n    \n}", "{\n    " + body + "\n}")
    if lang == "python3":
        return s.replace("pass", "return x")
    if lang == "java" and t == "string[]":
        return s.replace("{\n        \n    }",
                         "{\n        return Arrays.asList(x);\n    }")
    if lang in ("cpp", "java"):
        return s.replace("{\n        \n    }",
                         "{\n        return x;\n    }")
    return s.replace("{\n    \n}", "{\n    return x;\n}")


def test_round_trips(tool, work, langs):
    for t, values in ECHO_VALUES.items():
        for lang in langs:
            vals = values
            skip = None
            if lang == "javascript" and t in JS_UNSAFE:
                vals = [v for v in values if v not in JS_UNSAFE[t]]
            src = echo_solution(tool, work, lang, t)
            box = Box(tool, work, lang, sig_echo(t), src)
            tests = write_tests(work, "echo", [(v + "\n", v + "\n")
                                               for v in vals])
            v, msg, _ = box.judge(tests)
            tap(v == "AC", "%s: round trip of %s (%d values)" % (
                lang, t, len(vals)), "%s %s\n--- source:\n%s" % (
                v, msg, src))
            if lang == "javascript" and t in JS_UNSAFE:
                tap(True, "%s: round trip of %s beyond 2^53" % (lang, t),
                    skip="JavaScript numbers are doubles (as on LeetCode)")
            box.cleanup()


# ---- failure paths ----

TWO_SUM = {"function": "twoSum",
           "params": [{"name": "nums", "type": "int[]"},
                      {"name": "target", "type": "int"}],
           "returns": "int[]", "compare": "exact"}
TWO_SUM_TESTS = [("[2,7,11,15]\n9\n", "[0,1]\n"), ("[3,2,4]\n6\n", "[1,2]\n"),
                 ("[3,3]\n6\n", "[0,1]\n")]

GOOD = {
    "c": """int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int *r = malloc(2 * sizeof(int));
    for (int i = 0; i < numsSize; i++)
        for (int j = i + 1; j < numsSize; j++)
            if (nums[i] + nums[j] == target) {
                r[0] = i; r[1] = j; *returnSize = 2; return r;
            }
    *returnSize = 0;
    return r;
}
""",
    "cpp": """class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
""",
    "python3": """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
""",
    "java": """class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
""",
    "javascript": """var twoSum = function(nums, target) {
    const seen = new Map();
    for (let i = 0; i < nums.length; i++) {
        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
        seen.set(nums[i], i);
    }
    return [];
};
""",
}

# (name, lang, source, verdict, substrings the message must contain)
FAILURES = [
    ("exception with the user's line", "python3",
     "class Solution:\n    def twoSum(self, nums, target):\n"
     "        x = 1\n        raise ValueError('boom')\n",
     "RE", ['solution.py", line 4, in twoSum', "ValueError: boom"]),
    ("exception in a helper, traceback", "python3",
     "def helper(a):\n    return a[10]\n\nclass Solution:\n"
     "    def twoSum(self, nums, target):\n        return helper(nums)\n",
     "RE", ["line 6, in twoSum", "line 2, in helper",
            "IndexError: list index out of range"]),
    ("exception with the user's line", "java",
     "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
     "        int[] a = new int[1];\n        return new int[] {a[5]};\n"
     "    }\n}\n",
     "RE", ["ArrayIndexOutOfBoundsException", "Solution.java:4"]),
    ("exception with the user's line", "javascript",
     "var twoSum = function(nums, target) {\n    const x = 1;\n"
     "    throw new Error('boom');\n};\n",
     "RE", ["Error: boom", "solution.js:3"]),
    ("exception with what()", "cpp",
     "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, "
     "int target) {\n        return {nums.at(100)};\n    }\n};\n",
     "RE", ["std::out_of_range"]),
    ("crash (segfault) ends the run", "c",
     "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
     "    int *p = NULL;\n    *returnSize = *p;\n    return p;\n}\n",
     "RE", ["MISSING test 1"]),
    ("wrong return type", "python3",
     "class Solution:\n    def twoSum(self, nums, target):\n"
     "        return 'abc'\n",
     "RE", ["expected int[], got str"]),
    ("wrong element type", "python3",
     "class Solution:\n    def twoSum(self, nums, target):\n"
     "        return [0, 1.5]\n",
     "RE", ["expected int at [1], got float"]),
    ("int out of range", "python3",
     "class Solution:\n    def twoSum(self, nums, target):\n"
     "        return [2**40]\n",
     "RE", ["int out of range"]),
    ("wrong return type", "javascript",
     "var twoSum = function(nums, target) {\n    return 'abc';\n};\n",
     "RE", ["expected int[], got string"]),
    ("wrong return type", "java",
     "class Solution {\n    public String twoSum(int[] nums, int target) {\n"
     "        return \"\";\n    }\n}\n",
     "CE", ["twoSum returns String, expected int[] twoSum(int[] nums, "
            "int target)"]),
    ("wrong parameter types", "java",
     "class Solution {\n    public int[] twoSum(String nums, int target) {\n"
     "        return null;\n    }\n}\n",
     "CE", ["does not match the signature"]),
    ("List instead of int[] is accepted", "java",
     "class Solution {\n    public List<Integer> twoSum(List<Integer> nums,"
     " int target) {\n        for (int i = 0; i < nums.size(); i++)\n"
     "            for (int j = i + 1; j < nums.size(); j++)\n"
     "                if (nums.get(i) + nums.get(j) == target)\n"
     "                    return List.of(i, j);\n"
     "        return List.of();\n    }\n}\n",
     "AC", []),
    ("wrong return type", "cpp",
     "class Solution {\npublic:\n    int twoSum(vector<int>& nums, "
     "int target) {\n        return 0;\n    }\n};\n",
     "CE", ["twoSum must return vector<int>"]),
    ("wrong return type", "c",
     "int twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
     "    return 0;\n}\n",
     "CE", ["conflicting types for", "int* twoSum(int* nums, int numsSize"]),
    ("compile error points at the user's line", "c",
     "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
     "    return nums\n}\n",
     "CE", ["solution.c:2"]),
    ("compile error points at the user's line", "cpp",
     "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, "
     "int target) {\n        return nums\n    }\n};\n",
     "CE", ["solution.cpp:5", "error: expected"]),
    ("compile error points at the user's line", "java",
     "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
     "        return nums\n    }\n}\n",
     "CE", ["Solution.java:3"]),
    ("syntax error", "python3",
     "class Solution:\n    def twoSum(self, nums, target):\n"
     "        return [\n", "CE", ["SyntaxError", "line 3"]),
    ("syntax error", "javascript",
     "var twoSum = function(nums, target) {\n    return [;\n};\n",
     "CE", ["SyntaxError", "solution.js:2"]),
    ("missing method", "python3",
     "class Solution:\n    def twoSums(self, nums, target):\n"
     "        return []\n",
     "CE", ["expected class Solution with method twoSum(self, nums: "
            "List[int], target: int) -> List[int]"]),
    ("missing function", "javascript",
     "var twoSums = function(nums, target) {\n    return [];\n};\n",
     "CE", ["expected var twoSum = function(nums, target)"]),
    ("did not set *returnSize", "c",
     "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
     "    return nums;\n}\n",
     "RE", ["twoSum did not set *returnSize"]),
    ("exit inside the function", "python3",
     "import sys\nclass Solution:\n    def twoSum(self, nums, target):\n"
     "        sys.exit(0)\n",
     "RE", ["SystemExit"]),
    ("exit inside the function", "c",
     "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
     "    exit(0);\n}\n",
     "RE", ["MISSING test 1"]),
    ("wrong answer", "python3",
     "class Solution:\n    def twoSum(self, nums, target):\n"
     "        return [1, 0]\n",
     "WA", ["[0]: expected 0, got 1"]),
    ("wrong answer", "c",
     "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
     "    *returnSize = 1;\n    return nums;\n}\n",
     "WA", ["length 1, expected 2"]),
    ("deep recursion is allowed", "python3",
     "class Solution:\n    def twoSum(self, nums, target):\n"
     "        def f(n):\n            return 0 if n == 0 else f(n - 1)\n"
     "        f(20000)\n"
     "        return [0, 1] if nums[0] + nums[1] == target else "
     "[1, 2] if len(nums) == 3 else [0, 1]\n",
     "AC", []),
    ("deep recursion is allowed", "java",
     "class Solution {\n    int f(int n) { return n == 0 ? 0 : 1 + f(n - 1); }\n"
     "    public int[] twoSum(int[] nums, int target) {\n"
     "        f(100000);\n"
     "        for (int i = 0; i < nums.length; i++)\n"
     "            for (int j = i + 1; j < nums.length; j++)\n"
     "                if (nums[i] + nums[j] == target) return new int[] {i, j};\n"
     "        return null;\n    }\n}\n",
     "AC", []),
    ("stack overflow is RE, capped", "java",
     "class Solution {\n    int f(int n) { return 1 + f(n + 1); }\n"
     "    public int[] twoSum(int[] nums, int target) {\n"
     "        f(0);\n        return null;\n    }\n}\n",
     "RE", ["StackOverflowError", "Solution.java:2", "..."]),
]

STDOUT_CASES = {
    "python3": ("class Solution:\n    def twoSum(self, nums, target):\n"
                "        print('debug', nums)\n" +
                "        return [0, 1] if nums[0] + nums[1] == target else "
                "[1, 2] if len(nums) == 3 else [0, 1]\n", "debug [2, 7, 11, 15]"),
    "javascript": ("var twoSum = function(nums, target) {\n"
                   "    console.log('debug', nums.length);\n"
                   "    for (let i = 0; i < nums.length; i++)\n"
                   "        for (let j = i + 1; j < nums.length; j++)\n"
                   "            if (nums[i] + nums[j] === target) return [i, j];\n"
                   "};\n", "debug 4"),
    "c": (GOOD["c"].replace("int *r = malloc", 'printf("debug %d\\n", numsSize);\n'
                            "    int *r = malloc"), "debug 4"),
    "cpp": (GOOD["cpp"].replace("unordered_map", 'cout << "debug " << '
                                'nums.size() << endl;\n        unordered_map'),
            "debug 4"),
    "java": (GOOD["java"].replace("Map<Integer", 'System.out.println("debug " '
                                  '+ nums.length);\n        Map<Integer'),
             "debug 4"),
}


def test_failures(tool, work, langs):
    tests = write_tests(work, "twosum", TWO_SUM_TESTS)
    for lang in langs:
        box = Box(tool, work, lang, TWO_SUM, GOOD[lang])
        v, msg, _ = box.judge(tests)
        tap(v == "AC", "%s: two sum reference solution is AC" % lang,
            "%s %s" % (v, msg))
        box.cleanup()
        src, want = STDOUT_CASES[lang]
        box = Box(tool, work, lang, TWO_SUM, src)
        v, msg, out = box.judge(tests)
        tap(v == "AC" and want in out and out.count(want) >= 1,
            "%s: the user's stdout is kept apart from results" % lang,
            "%s %s stdout=%r" % (v, msg, out[:200]))
        box.cleanup()
    for name, lang, src, want, subs in FAILURES:
        if lang not in langs:
            continue
        box = Box(tool, work, lang, TWO_SUM, src)
        v, msg, _ = box.judge(tests)
        ok = v == want and all(s in msg for s in subs)
        tap(ok, "%s: %s -> %s" % (lang, name, want),
            "got %s: %s" % (v, msg))
        box.cleanup()


# ---- design and in-place, hand-written ----

COUNTER = {"class": "Counter",
           "constructor": [{"name": "start", "type": "long"}],
           "methods": [
               {"function": "add", "params": [{"name": "k", "type": "long"}],
                "returns": "void"},
               {"function": "total", "returns": "long"},
               {"function": "history", "returns": "long[]"},
               {"function": "label", "params": [{"name": "s",
                                                 "type": "string"}],
                "returns": "string"}]}
COUNTER_TESTS = [
    ('["Counter","add","total","label","add","history"]\n'
     '[[5],[10],[],["x\\u00e9"],[-3],[]]\n',
     '[null,null,15,"x\\u00e9:15",null,[5,15,12]]\n'),
    ('["Counter","history"]\n[[0],[]]\n', '[null,[0]]\n'),
]
COUNTER_SOL = {
    "c": """typedef struct {
    long long v[1000];
    int n;
} Counter;

Counter* counterCreate(long long start) {
    Counter *c = calloc(1, sizeof(*c));
    c->v[c->n++] = start;
    return c;
}

void counterAdd(Counter* obj, long long k) {
    obj->v[obj->n] = obj->v[obj->n - 1] + k;
    obj->n++;
}

long long counterTotal(Counter* obj) {
    return obj->v[obj->n - 1];
}

long long* counterHistory(Counter* obj, int* retSize) {
    *retSize = obj->n;
    return obj->v;
}

char* counterLabel(Counter* obj, char* s) {
    char *r = malloc(strlen(s) + 32);
    sprintf(r, "%s:%lld", s, obj->v[obj->n - 1]);
    return r;
}

void counterFree(Counter* obj) {
    free(obj);
}
""",
    "cpp": """class Counter {
    vector<long long> v;
public:
    Counter(long long start) { v.push_back(start); }
    void add(long long k) { v.push_back(v.back() + k); }
    long long total() { return v.back(); }
    vector<long long> history() { return v; }
    string label(string s) { return s + ":" + to_string(v.back()); }
};
""",
    "python3": """class Counter:
    def __init__(self, start: int):
        self.v = [start]

    def add(self, k: int) -> None:
        self.v.append(self.v[-1] + k)

    def total(self) -> int:
        return self.v[-1]

    def history(self) -> List[int]:
        return self.v

    def label(self, s: str) -> str:
        return "%s:%d" % (s, self.v[-1])
""",
    "java": """class Counter {
    List<Long> v = new ArrayList<>();
    public Counter(long start) { v.add(start); }
    public void add(long k) { v.add(v.get(v.size() - 1) + k); }
    public long total() { return v.get(v.size() - 1); }
    public long[] history() { return v.stream().mapToLong(x -> x).toArray(); }
    public String label(String s) { return s + ":" + total(); }
}
""",
    "javascript": """class Counter {
    constructor(start) { this.v = [start]; }
    add(k) { this.v.push(this.v[this.v.length - 1] + k); }
    total() { return this.v[this.v.length - 1]; }
    history() { return this.v; }
    label(s) { return s + ':' + this.total(); }
}
""",
}

FLIP = {"function": "flip", "params": [{"name": "board", "type": "char[][]"},
                                       {"name": "c", "type": "char"}],
        "returns": "void", "inplace": "board"}
FLIP_TESTS = [('[["a","b"],["c","d"]]\n"x"\n', '[["x","b"],["c","d"]]\n'),
              ('[[]]\n"y"\n', '[[]]\n')]
FLIP_SOL = {
    "c": "void flip(char** board, int boardSize, int* boardColSize, char c) "
         "{\n    if (boardSize > 0 && boardColSize[0] > 0) board[0][0] = c;\n}\n",
    "cpp": "class Solution {\npublic:\n    void flip(vector<vector<char>>& "
           "board, char c) {\n        if (!board[0].empty()) board[0][0] = c;"
           "\n    }\n};\n",
    "python3": "class Solution:\n    def flip(self, board, c):\n"
               "        if board[0]:\n            board[0][0] = c\n",
    "java": "class Solution {\n    public void flip(char[][] board, char c) {"
            "\n        if (board[0].length > 0) board[0][0] = c;\n    }\n}\n",
    "javascript": "var flip = function(board, c) {\n    if (board[0].length)"
                  " board[0][0] = c;\n};\n",
}


def test_design_inplace(tool, work, langs):
    tests = write_tests(work, "counter", COUNTER_TESTS)
    ftests = write_tests(work, "flip", FLIP_TESTS)
    for lang in langs:
        box = Box(tool, work, lang, COUNTER, COUNTER_SOL[lang])
        v, msg, _ = box.judge(tests)
        tap(v == "AC", "%s: design class with void/long/long[]/string "
            "methods" % lang, "%s %s" % (v, msg))
        box.cleanup()
        box = Box(tool, work, lang, FLIP, FLIP_SOL[lang])
        v, msg, _ = box.judge(ftests)
        tap(v == "AC", "%s: void with an in-place char[][]" % lang,
            "%s %s" % (v, msg))
        box.cleanup()


# ---- the bundled function problems ----

def problem_sig(pdir):
    import yaml
    with open(os.path.join(pdir, "problem.yaml")) as f:
        y = yaml.safe_load(f)
    if y.get("kind") != "function":
        return None

    def strs(v):    # as libyaml gives it to pkg_yaml_to_json: strings
        if isinstance(v, dict):
            return {k: strs(x) for k, x in v.items()}
        if isinstance(v, list):
            return [strs(x) for x in v]
        return str(v)
    return strs(y["signature"])


def test_problems(tool, work, langs, timing):
    pdirs = sorted(os.path.join(ROOT, "problems", d)
                   for d in os.listdir(os.path.join(ROOT, "problems")))
    for pdir in pdirs:
        sig = problem_sig(pdir)
        if sig is None:
            continue
        slug = os.path.basename(pdir)
        tests = []
        for sub in ("sample", "secret"):
            d = os.path.join(pdir, "data", sub)
            if os.path.isdir(d):
                tests += [(os.path.join(d, f), os.path.join(
                    d, f[:-3] + ".ans")) for f in sorted(os.listdir(d))
                    if f.endswith(".in")]
        if not any("secret" in t[0] for t in tests):
            tap(False, "%s: secret data (run scripts/gen-problems)" % slug)
        sigfile = os.path.join(work, slug + ".json")
        with open(sigfile, "w") as f:
            json.dump(sig, f)
        bad = []
        for tin, tans in tests:
            r = subprocess.run([tool, "validate", sigfile, tin, tans],
                               capture_output=True, text=True)
            if r.returncode != 0:
                bad.append("%s: %s" % (os.path.basename(tin),
                                       r.stdout.strip()))
        tap(not bad, "%s: %d tests valid for the signature" % (
            slug, len(tests)), "\n".join(bad))
        for lang in langs:
            sol = os.path.join(pdir, "submissions", "accepted",
                               "sol." + EXT[lang])
            if not os.path.exists(sol):
                tap(False, "%s: %s reference solution exists" % (slug, lang))
                continue
            with open(sol) as f:
                box = Box(tool, work, lang, sig, f.read())
            v, msg, _ = box.judge(tests)
            tl = ""
            if v == "AC":
                tl = " (%.2fs run)" % box.last_time
            tap(v == "AC", "%s: %s reference solution is AC%s" % (
                slug, lang, tl), "%s %s" % (v, msg))
            if timing:
                print("# time %s %s compile %.2fs run %.3fs" % (
                    slug, lang, box.compile_time, box.last_time))
            box.cleanup()


def main():
    langs = LANGS
    only = None
    problems = True
    timing = False
    args = sys.argv[1:]
    while args:
        a = args.pop(0)
        if a == "--langs":
            langs = args.pop(0).split(",")
        elif a == "--only":
            only = args.pop(0)
        elif a == "--no-problems":
            problems = False
        elif a == "--time":
            timing = True
    work = tempfile.mkdtemp(prefix="verdict-harness-")
    try:
        tool = build_sigtool(work)
        groups = [("round", test_round_trips), ("fail", test_failures),
                  ("design", test_design_inplace)]
        for name, fn in groups:
            if only is None or only in name:
                fn(tool, work, langs)
        if problems and (only is None or only in "problems"):
            test_problems(tool, work, langs, timing)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("1..%d" % n_tests)
    print("%d passed, %d failed" % (n_tests - n_failed, n_failed))
    sys.exit(1 if n_failed else 0)


if __name__ == "__main__":
    main()
