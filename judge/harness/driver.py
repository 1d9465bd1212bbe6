# driver.py: Verdict's function-problem driver for Python 3 (main.py).
#
# sig_build writes main.py as one line "VD_SIG = {...}" followed by this
# file, and the user's code as solution.py.  Protocol (judge/sig.h): read
# every test from stdin (a count, then one JSON value per line), call the
# user's code, write "ok <json>" / "re <json string>" / "ce <json string>"
# lines on fd 3.  The user's prints stay on stdout.  The test values were
# validated at import, so they are only converted here; what the user's code
# returns is checked against the signature.
import json
import os
import sys

VD_FD = 3
VD_SRC = "solution.py"
VD_MSG_MAX = 4000
VD_TREE_MAX = 1 << 22


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class VdTypeError(Exception):
    pass


def vd_emit(tag, text):
    data = (tag + " " + text + "\n").encode("utf-8", "surrogatepass")
    view = memoryview(data)
    while view:
        n = os.write(VD_FD, view)
        view = view[n:]


def vd_emit_msg(tag, msg):
    if len(msg) > VD_MSG_MAX:
        msg = msg[:VD_MSG_MAX] + "\n..."
    vd_emit(tag, json.dumps(msg))


def vd_type(t):
    dim = 0
    while t.endswith("[]"):
        t = t[:-2]
        dim += 1
    return t, dim


def vd_build_list(vals):
    head = None
    for v in reversed(vals):
        head = ListNode(v, head)
    return head


def vd_build_tree(vals):
    if not vals:
        return None
    root = TreeNode(vals[0])
    queue = [root]
    qi = 0
    i = 1
    n = len(vals)
    while i < n:
        node = queue[qi]
        qi += 1
        if vals[i] is not None:
            node.left = TreeNode(vals[i])
            queue.append(node.left)
        i += 1
        if i < n and vals[i] is not None:
            node.right = TreeNode(vals[i])
            queue.append(node.right)
        i += 1
    return root


def vd_in(t, v):
    """JSON value -> the Python value the user's code receives."""
    base, dim = t
    if base == "ListNode":
        return vd_build_list(v)
    if base == "TreeNode":
        return vd_build_tree(v)
    if base == "double":
        if dim == 0:
            return float(v)
        if dim == 1:
            return [float(x) for x in v]
    return v


def vd_what(v):
    if v is None:
        return "None"
    return type(v).__name__


def vd_bad(expected, v, path):
    where = " at " + path if path else ""
    raise VdTypeError("expected %s%s, got %s" % (expected, where, vd_what(v)))


INT_LIM = {"int": (-(1 << 31), (1 << 31) - 1),
           "long": (-(1 << 63), (1 << 63) - 1)}


def vd_out_scalar(base, v, path):
    if base in INT_LIM:
        if type(v) is not int:
            vd_bad(base, v, path)
        lo, hi = INT_LIM[base]
        if v < lo or v > hi:
            raise VdTypeError("%s out of range%s: %d" % (
                base, " at " + path if path else "", v))
        return v
    if base == "double":
        if type(v) is int or type(v) is float:
            return float(v)
        vd_bad(base, v, path)
    if base == "bool":
        if type(v) is bool:
            return v
        vd_bad(base, v, path)
    if base == "string":
        if isinstance(v, str):
            return v
        vd_bad(base, v, path)
    if base == "char":
        if isinstance(v, str) and len(v) == 1:
            return v
        vd_bad("char (a str of length 1)", v, path)
    raise VdTypeError("bad type " + base)


def vd_out_list(v, path):
    out = []
    slow = v
    step = 0
    while v is not None:
        if not hasattr(v, "val") or not hasattr(v, "next"):
            vd_bad("ListNode", v, path)
        out.append(vd_out_scalar("int", v.val, path + ".val"))
        v = v.next
        step += 1
        if step % 2 == 0:
            slow = slow.next
            if slow is v and v is not None:
                raise VdTypeError("the returned list has a cycle")
    return out


def vd_out_tree(root, path):
    if root is None:
        return []
    out = []
    queue = [root]
    seen = set()
    qi = 0
    while qi < len(queue):
        node = queue[qi]
        qi += 1
        if node is None:
            out.append(None)
            continue
        if not hasattr(node, "val") or not hasattr(node, "left") \
                or not hasattr(node, "right"):
            vd_bad("TreeNode", node, path)
        if id(node) in seen or len(seen) >= VD_TREE_MAX:
            raise VdTypeError("the returned tree has a cycle or shared "
                              "nodes")
        seen.add(id(node))
        out.append(vd_out_scalar("int", node.val, path + ".val"))
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def vd_out(t, v, path=""):
    """The user's value -> a JSON-able value, checked against t."""
    base, dim = t
    if dim == 0:
        if base == "ListNode":
            return vd_out_list(v, path)
        if base == "TreeNode":
            return vd_out_tree(v, path)
        return vd_out_scalar(base, v, path)
    if not isinstance(v, (list, tuple)):
        vd_bad(base + "[]" * dim, v, path)
    if dim == 1 and base in INT_LIM and all(type(x) is int for x in v):
        lo, hi = INT_LIM[base]
        if not v or (min(v) >= lo and max(v) <= hi):
            return list(v)
    et = (base, dim - 1)
    return [vd_out(et, x, "%s[%d]" % (path, i)) for i, x in enumerate(v)]


def vd_dump(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def vd_trace(e):
    """The exception and the user's frames, as a traceback reads."""
    import traceback
    frames = [f for f in traceback.extract_tb(e.__traceback__)
              if f.filename == VD_SRC]
    if len(frames) > 12:
        frames = frames[:3] + frames[-9:]
    lines = []
    if frames:
        lines.append("Traceback (most recent call last):")
        for f in frames:
            lines.append('  File "%s", line %d, in %s' % (
                f.filename, f.lineno, f.name))
            if f.line:
                lines.append("    " + f.line.strip())
    lines.extend(x.rstrip("\n") for x in
                 traceback.format_exception_only(type(e), e))
    return "\n".join(lines)


def vd_load():
    """Run solution.py in a namespace with LeetCode's usual names."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, VD_SRC), "rb") as f:
        src = f.read().decode("utf-8", "replace")
    ns = {"__name__": "solution", "ListNode": ListNode,
          "TreeNode": TreeNode}
    exec("from typing import *\nfrom collections import *\n"
         "from heapq import *\nfrom bisect import *\n"
         "from functools import *\nfrom itertools import *\n"
         "from math import *\nimport collections, heapq, bisect, math, "
         "itertools, functools, string, re, sys\n", ns)
    ns["ListNode"] = ListNode
    ns["TreeNode"] = TreeNode
    import linecache
    linecache.cache[VD_SRC] = (len(src), None, src.splitlines(True), VD_SRC)
    try:
        code = compile(src, VD_SRC, "exec")
    except SyntaxError as e:
        msg = "%s: %s (%s, line %s)" % (type(e).__name__, e.msg, VD_SRC,
                                        e.lineno)
        if e.text:
            msg += "\n    " + e.text.strip()
        vd_emit_msg("ce", msg)
        return None
    try:
        exec(code, ns)
    except BaseException as e:
        vd_emit_msg("re", vd_trace(e))
        return None
    return ns


def vd_find(ns):
    """Check the user's names against VD_SIG; None (and a ce) if absent."""
    if VD_SIG["kind"] == "function":
        fn = VD_SIG["fn"]
        cls = ns.get("Solution")
        if not isinstance(cls, type) or not callable(
                getattr(cls, fn["name"], None)):
            vd_emit_msg("ce", "%s: expected class Solution with method %s"
                        % (VD_SRC, fn["proto"]))
            return None
        code = getattr(getattr(cls, fn["name"]), "__code__", None)
        if code is not None and not code.co_flags & 0x0C:
            lo = code.co_argcount - len(
                getattr(cls, fn["name"]).__defaults__ or ())
            if not lo <= len(fn["params"]) + 1 <= code.co_argcount:
                vd_emit_msg("ce", "%s: %s has %d parameters, expected %s"
                            % (VD_SRC, fn["name"], code.co_argcount,
                               fn["proto"]))
                return None
        return cls
    cls = ns.get(VD_SIG["cls"])
    if not isinstance(cls, type):
        vd_emit_msg("ce", "%s: expected class %s" % (VD_SRC, VD_SIG["cls"]))
        return None
    for name, m in VD_SIG["methods"].items():
        if not callable(getattr(cls, name, None)):
            vd_emit_msg("ce", "%s: class %s has no method %s" % (
                VD_SRC, VD_SIG["cls"], m["proto"]))
            return None
    return cls


def vd_run_function(cls, lines, pos):
    fn = VD_SIG["fn"]
    types = fn["types"]
    args = [vd_in(types[i], json.loads(lines[pos + i]))
            for i in range(len(types))]
    r = getattr(cls(), fn["name"])(*args)
    if fn["inplace"] >= 0:
        return vd_out(types[fn["inplace"]], args[fn["inplace"]])
    return vd_out(fn["rtype"], r)


def vd_run_design(cls, lines, pos):
    ops = json.loads(lines[pos])
    allargs = json.loads(lines[pos + 1])
    ctypes = VD_SIG["ctor_types"]
    obj = cls(*[vd_in(ctypes[i], a) for i, a in enumerate(allargs[0])])
    out = [None]
    methods = VD_SIG["methods"]
    for k in range(1, len(ops)):
        m = methods[ops[k]]
        args = [vd_in(m["types"][i], a) for i, a in enumerate(allargs[k])]
        r = getattr(obj, ops[k])(*args)
        if m["rtype"][0] == "void":
            out.append(None)
        else:
            out.append(vd_out(m["rtype"], r, "%s()" % ops[k]))
    return out


def vd_main():
    sys.setrecursionlimit(100000)
    data = sys.stdin.buffer.read().decode("utf-8")
    sys.stdin = open(os.devnull)
    lines = data.split("\n")
    ntests = int(lines[0])
    if VD_SIG["kind"] == "function":
        fn = VD_SIG["fn"]
        fn["types"] = [vd_type(t) for t in fn["params"]]
        fn["rtype"] = vd_type(fn["ret"])
        per = len(fn["params"])
        run = vd_run_function
    else:
        VD_SIG["ctor_types"] = [vd_type(t) for t in VD_SIG["ctor"]]
        for m in VD_SIG["methods"].values():
            m["types"] = [vd_type(t) for t in m["params"]]
            m["rtype"] = vd_type(m["ret"])
        per = 2
        run = vd_run_design
    ns = vd_load()
    if ns is None:
        return
    cls = vd_find(ns)
    if cls is None:
        return
    for t in range(ntests):
        try:
            r = run(cls, lines, 1 + t * per)
        except VdTypeError as e:
            what = VD_SIG["fn"]["name"] if VD_SIG["kind"] == "function" \
                else VD_SIG["cls"]
            vd_emit_msg("re", "wrong result type from %s: %s" % (what, e))
            return
        except BaseException as e:
            vd_emit_msg("re", vd_trace(e))
            return
        try:
            text = vd_dump(r)
            text.encode("utf-8")
        except (UnicodeError, ValueError) as e:
            vd_emit_msg("re", "the result cannot be printed: %s" % e)
            return
        vd_emit("ok", text)


try:
    vd_main()
finally:
    try:
        sys.stdout.flush()
    except BaseException:
        pass
