// driver.js: Verdict's function-problem driver for Node.js (main.js).
//
// sig_build writes main.js as "'use strict'; const VD_SIG = {...};" and
// this file, and the user's code as solution.js with one line of exports
// appended.  Protocol (judge/sig.h): read every test from stdin (a count,
// then one JSON value per line), call the user's code, write "ok <json>" /
// "re <json string>" / "ce <json string>" lines on fd 3.  The user's
// console.log output stays on stdout.  `long` values are JavaScript numbers
// (exact to 2^53) as on LeetCode; a BigInt result is printed exactly.
const vdFs = require('fs');
const vdPath = require('path');

const VD_FD = 3;
const VD_SRC = 'solution.js';
const VD_MSG_MAX = 4000;
const VD_TREE_MAX = 1 << 22;

function ListNode(val, next) {
    this.val = (val === undefined ? 0 : val);
    this.next = (next === undefined ? null : next);
}

function TreeNode(val, left, right) {
    this.val = (val === undefined ? 0 : val);
    this.left = (left === undefined ? null : left);
    this.right = (right === undefined ? null : right);
}

class VdTypeError extends Error {}

function vdEmit(tag, text) {
    const b = Buffer.from(tag + ' ' + text + '\n', 'utf8');
    let off = 0;
    while (off < b.length)
        off += vdFs.writeSync(VD_FD, b, off, b.length - off);
}

function vdEmitMsg(tag, msg) {
    if (msg.length > VD_MSG_MAX)
        msg = msg.slice(0, VD_MSG_MAX) + '\n...';
    vdEmit(tag, JSON.stringify(msg));
}

function vdType(t) {
    let dim = 0;
    while (t.endsWith('[]')) {
        t = t.slice(0, -2);
        dim++;
    }
    return { base: t, dim: dim };
}

function vdBuildList(vals) {
    let head = null;
    for (let i = vals.length - 1; i >= 0; i--)
        head = new ListNode(vals[i], head);
    return head;
}

function vdBuildTree(vals) {
    if (vals.length === 0)
        return null;
    const root = new TreeNode(vals[0]);
    const queue = [root];
    let qi = 0;
    for (let i = 1; i < vals.length; ) {
        const node = queue[qi++];
        if (vals[i] !== null) {
            node.left = new TreeNode(vals[i]);
            queue.push(node.left);
        }
        i++;
        if (i < vals.length && vals[i] !== null) {
            node.right = new TreeNode(vals[i]);
            queue.push(node.right);
        }
        i++;
    }
    return root;
}

function vdIn(t, v) {
    if (t.base === 'ListNode')
        return vdBuildList(v);
    if (t.base === 'TreeNode')
        return vdBuildTree(v);
    return v;
}

function vdWhat(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'object' && v.constructor && v.constructor.name)
        return v.constructor.name;
    return typeof v;
}

function vdBad(expected, v, path) {
    throw new VdTypeError('expected ' + expected + (path ? ' at ' + path :
        '') + ', got ' + vdWhat(v));
}

const VD_INT = { int: [-2147483648n, 2147483647n],
    long: [-9223372036854775808n, 9223372036854775807n] };

function vdOutInt(base, v, path) {
    if (typeof v === 'number' && Number.isInteger(v)) {
        if (base === 'int' ? (v < -2147483648 || v > 2147483647) :
            (v < -9223372036854775808 || v >= 9223372036854775808))
            throw new VdTypeError(base + ' out of range' +
                (path ? ' at ' + path : '') + ': ' + v);
        return Object.is(v, -0) ? '0' : String(v);
    }
    if (typeof v === 'bigint') {
        const [lo, hi] = VD_INT[base];
        if (v < lo || v > hi)
            throw new VdTypeError(base + ' out of range' +
                (path ? ' at ' + path : '') + ': ' + v);
        return v.toString();
    }
    vdBad(base, v, path);
}

function vdOutScalar(base, v, path) {
    switch (base) {
    case 'int':
    case 'long':
        return vdOutInt(base, v, path);
    case 'double':
        if (typeof v !== 'number')
            vdBad('double', v, path);
        if (Number.isFinite(v))
            return Object.is(v, -0) ? '-0.0' : String(v);
        return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
    case 'bool':
        if (typeof v !== 'boolean')
            vdBad('bool', v, path);
        return v ? 'true' : 'false';
    case 'string':
        if (typeof v !== 'string')
            vdBad('string', v, path);
        return JSON.stringify(v);
    case 'char':
        if (typeof v !== 'string' || v.length !== 1)
            vdBad('char (a string of length 1)', v, path);
        return JSON.stringify(v);
    }
    throw new VdTypeError('bad type ' + base);
}

function vdOutList(v, path) {
    const out = [];
    let slow = v, step = 0;
    while (v !== null && v !== undefined) {
        if (typeof v !== 'object' || !('val' in v) || !('next' in v))
            vdBad('ListNode', v, path);
        out.push(vdOutInt('int', v.val, path + '.val'));
        v = v.next;
        if (++step % 2 === 0) {
            slow = slow.next;
            if (slow === v && v !== null && v !== undefined)
                throw new VdTypeError('the returned list has a cycle');
        }
    }
    return '[' + out.join(',') + ']';
}

function vdOutTree(root, path) {
    if (root === null || root === undefined)
        return '[]';
    const out = [], queue = [root], seen = new Set();
    for (let qi = 0; qi < queue.length; qi++) {
        const node = queue[qi];
        if (node === null || node === undefined) {
            out.push('null');
            continue;
        }
        if (typeof node !== 'object' || !('val' in node))
            vdBad('TreeNode', node, path);
        if (seen.has(node) || seen.size >= VD_TREE_MAX)
            throw new VdTypeError('the returned tree has a cycle or ' +
                'shared nodes');
        seen.add(node);
        out.push(vdOutInt('int', node.val, path + '.val'));
        queue.push(node.left, node.right);
    }
    while (out.length && out[out.length - 1] === 'null')
        out.pop();
    return '[' + out.join(',') + ']';
}

function vdOut(t, v, path) {
    if (t.dim === 0) {
        if (t.base === 'ListNode')
            return vdOutList(v, path);
        if (t.base === 'TreeNode')
            return vdOutTree(v, path);
        return vdOutScalar(t.base, v, path);
    }
    if (!Array.isArray(v))
        vdBad(t.base + '[]'.repeat(t.dim), v, path);
    const et = { base: t.base, dim: t.dim - 1 };
    const parts = new Array(v.length);
    for (let i = 0; i < v.length; i++)
        parts[i] = vdOut(et, v[i], path + '[' + i + ']');
    return '[' + parts.join(',') + ']';
}

// The exception and the lines of the user's code it passed through.
function vdTrace(e) {
    if (!(e instanceof Error))
        return 'Uncaught ' + (typeof e === 'string' ? e : vdWhat(e) + ' ' +
            String(e));
    const dir = __dirname + vdPath.sep;
    const stack = String(e.stack || '').split('\n');
    const head = e.name + ': ' + e.message;
    const frames = stack.filter(l => /^\s+at /.test(l) &&
        l.includes(VD_SRC)).map(l => l.split(dir).join(''));
    if (frames.length > 12)
        frames.splice(3, frames.length - 12);
    return [head].concat(frames).join('\n');
}

function vdLoad() {
    global.ListNode = ListNode;
    global.TreeNode = TreeNode;
    try {
        return require(vdPath.join(__dirname, VD_SRC));
    } catch (e) {
        const dir = __dirname + vdPath.sep;
        if (e instanceof SyntaxError) {
            const s = String(e.stack || e).split(dir).join('');
            vdEmitMsg('ce', s.split('\n    at ')[0]);
        } else {
            vdEmitMsg('re', vdTrace(e));
        }
        return null;
    }
}

function vdFind(mod) {
    if (VD_SIG.kind === 'function') {
        const fn = VD_SIG.fn, f = mod[fn.name];
        if (typeof f !== 'function') {
            vdEmitMsg('ce', VD_SRC + ': expected ' + fn.proto);
            return null;
        }
        if (f.length > fn.params.length) {
            vdEmitMsg('ce', VD_SRC + ': ' + fn.name + ' declares ' +
                f.length + ' parameters, expected ' + fn.proto);
            return null;
        }
        return f;
    }
    const C = mod[VD_SIG.cls];
    if (typeof C !== 'function') {
        vdEmitMsg('ce', VD_SRC + ': expected class ' + VD_SIG.cls);
        return null;
    }
    for (const name of Object.keys(VD_SIG.methods))
        if (typeof C.prototype[name] !== 'function') {
            vdEmitMsg('ce', VD_SRC + ': ' + VD_SIG.cls + ' has no method ' +
                VD_SIG.methods[name].proto);
            return null;
        }
    return C;
}

function vdRunFunction(f, lines, pos) {
    const fn = VD_SIG.fn;
    const args = fn.types.map((t, i) => vdIn(t, JSON.parse(lines[pos + i])));
    const r = f(...args);
    if (fn.inplace >= 0)
        return vdOut(fn.types[fn.inplace], args[fn.inplace], '');
    return vdOut(fn.rtype, r, '');
}

function vdRunDesign(C, lines, pos) {
    const ops = JSON.parse(lines[pos]), all = JSON.parse(lines[pos + 1]);
    const obj = new C(...all[0].map((a, i) => vdIn(VD_SIG.ctorTypes[i], a)));
    const out = ['null'];
    for (let k = 1; k < ops.length; k++) {
        const m = VD_SIG.methods[ops[k]];
        const args = all[k].map((a, i) => vdIn(m.types[i], a));
        const r = obj[ops[k]](...args);
        out.push(m.rtype.base === 'void' ? 'null' :
            vdOut(m.rtype, r, ops[k] + '()'));
    }
    return '[' + out.join(',') + ']';
}

function vdMain() {
    const lines = vdFs.readFileSync(0, 'utf8').split('\n');
    const ntests = parseInt(lines[0], 10);
    let per, run;
    if (VD_SIG.kind === 'function') {
        const fn = VD_SIG.fn;
        fn.types = fn.params.map(vdType);
        fn.rtype = vdType(fn.ret);
        per = fn.params.length;
        run = vdRunFunction;
    } else {
        VD_SIG.ctorTypes = VD_SIG.ctor.map(vdType);
        for (const m of Object.values(VD_SIG.methods)) {
            m.types = m.params.map(vdType);
            m.rtype = vdType(m.ret);
        }
        per = 2;
        run = vdRunDesign;
    }
    const mod = vdLoad();
    if (mod === null)
        return;
    const target = vdFind(mod);
    if (target === null)
        return;
    for (let t = 0; t < ntests; t++) {
        let text;
        try {
            text = run(target, lines, 1 + t * per);
        } catch (e) {
            if (e instanceof VdTypeError)
                vdEmitMsg('re', 'wrong result type from ' +
                    (VD_SIG.kind === 'function' ? VD_SIG.fn.name :
                    VD_SIG.cls) + ': ' + e.message);
            else
                vdEmitMsg('re', vdTrace(e));
            return;
        }
        vdEmit('ok', text);
    }
}

vdMain();
