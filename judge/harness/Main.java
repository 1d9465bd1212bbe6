// Main.java: Verdict's function-problem driver for Java.
//
// sig_build replaces the VD_SIG marker line below with the signature
// (constants) and writes the user's code as Solution.java (design: the
// class's name), with java.util imports on its first line.  Protocol
// (judge/sig.h): read every test from stdin (a count, then one JSON value
// per line), call the user's code through reflection, write "ok <json>" /
// "re <json string>" / "ce <json string>" lines on fd 3.  Parameters and
// results may be arrays or Lists where the signature says T[]; the user's
// declared types are checked once, before the first test.
import java.io.*;
import java.lang.reflect.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    //VD_SIG

    static final int MSG_MAX = 4000;
    static final int TREE_MAX = 1 << 22;
    static byte[] in;
    static int pos;
    static OutputStream res;
    static String userFile;

    static final class T {
        final String base;
        final int dim;
        T(String s) {
            int d = 0;
            while (s.endsWith("[]")) {
                s = s.substring(0, s.length() - 2);
                d++;
            }
            base = s;
            dim = d;
        }
        T(String b, int d) { base = b; dim = d; }
        T elem() { return new T(base, dim - 1); }
        public String toString() {
            return base + "[]".repeat(dim);
        }
    }

    static final class VdTypeError extends RuntimeException {
        VdTypeError(String m) { super(m); }
    }

    static final class Stop extends RuntimeException {
        Stop() { super(null, null, false, false); }
    }

    // ---- the result channel ----

    static void emit(String tag, String text) {
        try {
            res.write((tag + " " + text + "\n").getBytes(StandardCharsets.UTF_8));
            res.flush();
        } catch (IOException e) {
            System.exit(71);
        }
    }

    static void emitMsg(String tag, String msg) {
        if (msg.length() > MSG_MAX)
            msg = msg.substring(0, MSG_MAX) + "\n...";
        StringBuilder sb = new StringBuilder();
        putString(sb, msg);
        emit(tag, sb.toString());
    }

    // ---- reading (input was validated at import) ----

    static int peek() {
        while (pos < in.length) {
            byte c = in[pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',')
                pos++;
            else
                return c;
        }
        return -1;
    }

    static void expect(int c) {
        if (peek() != c)
            throw new IllegalStateException("driver: malformed input");
        pos++;
    }

    static long readLong() {
        peek();
        boolean neg = false;
        if (in[pos] == '-') {
            neg = true;
            pos++;
        }
        long v = 0;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9')
            v = v * 10 + (in[pos++] - '0');
        return neg ? -v : v;
    }

    static double readDouble() {
        peek();
        int s = pos;
        while (pos < in.length && "+-0123456789.eE".indexOf(in[pos]) >= 0)
            pos++;
        return Double.parseDouble(new String(in, s, pos - s, StandardCharsets.US_ASCII));
    }

    static boolean readBool() {
        boolean v = peek() == 't';
        pos += v ? 4 : 5;
        return v;
    }

    static boolean readNull() {
        if (peek() == 'n') {
            pos += 4;
            return true;
        }
        return false;
    }

    static int hex4(int at) {
        return Integer.parseInt(new String(in, at, 4, StandardCharsets.US_ASCII), 16);
    }

    static String readString() {
        expect('"');
        StringBuilder sb = null;
        int start = pos;
        while (in[pos] != '"') {
            if (in[pos] != '\\') {
                pos++;
                continue;
            }
            if (sb == null)
                sb = new StringBuilder();
            sb.append(new String(in, start, pos - start, StandardCharsets.UTF_8));
            pos++;
            byte c = in[pos++];
            switch (c) {
            case 'b': sb.append('\b'); break;
            case 'f': sb.append('\f'); break;
            case 'n': sb.append('\n'); break;
            case 'r': sb.append('\r'); break;
            case 't': sb.append('\t'); break;
            case 'u': sb.append((char) hex4(pos)); pos += 4; break;
            default: sb.append((char) c); break;
            }
            start = pos;
        }
        String tail = new String(in, start, pos - start, StandardCharsets.UTF_8);
        pos++;
        return sb == null ? tail : sb.append(tail).toString();
    }

    static Object readScalar(String base) {
        switch (base) {
        case "int": return (int) readLong();
        case "long": return readLong();
        case "double": return readDouble();
        case "bool": return readBool();
        case "string": return readString();
        case "char": return readString().charAt(0);
        case "ListNode": return readList();
        case "TreeNode": return readTree();
        }
        throw new IllegalStateException("driver: type " + base);
    }

    static ListNode readList() {
        ListNode head = new ListNode(), tail = head;
        expect('[');
        while (peek() != ']') {
            tail.next = new ListNode((int) readLong());
            tail = tail.next;
        }
        pos++;
        return head.next;
    }

    static TreeNode readNode() {
        return readNull() ? null : new TreeNode((int) readLong());
    }

    static TreeNode readTree() {
        expect('[');
        if (peek() == ']') {
            pos++;
            return null;
        }
        ArrayList<TreeNode> q = new ArrayList<>();
        TreeNode root = readNode();
        q.add(root);
        int head = 0;
        while (peek() != ']') {
            TreeNode node = q.get(head++);
            if ((node.left = readNode()) != null)
                q.add(node.left);
            if (peek() != ']' && (node.right = readNode()) != null)
                q.add(node.right);
        }
        pos++;
        return root;
    }

    // A T value as the Java type cls the user's parameter declares.
    static Object read(T t, Class<?> cls) {
        if (t.dim == 0)
            return readScalar(t.base);
        expect('[');
        if (cls != null && cls.isArray()) {
            Class<?> ec = cls.getComponentType();
            if (t.dim == 1 && ec.isPrimitive())
                return readPrimitiveArray(t.base);
            ArrayList<Object> items = new ArrayList<>();
            while (peek() != ']')
                items.add(read(t.elem(), ec));
            pos++;
            Object a = Array.newInstance(ec, items.size());
            for (int i = 0; i < items.size(); i++)
                Array.set(a, i, items.get(i));
            return a;
        }
        ArrayList<Object> items = new ArrayList<>();
        while (peek() != ']')
            items.add(read(t.elem(), null));
        pos++;
        return items;
    }

    static Object readPrimitiveArray(String base) {
        switch (base) {
        case "int": {
            int[] a = new int[16];
            int n = 0;
            while (peek() != ']') {
                if (n == a.length) a = Arrays.copyOf(a, n * 2);
                a[n++] = (int) readLong();
            }
            pos++;
            return Arrays.copyOf(a, n);
        }
        case "long": {
            long[] a = new long[16];
            int n = 0;
            while (peek() != ']') {
                if (n == a.length) a = Arrays.copyOf(a, n * 2);
                a[n++] = readLong();
            }
            pos++;
            return Arrays.copyOf(a, n);
        }
        case "double": {
            double[] a = new double[16];
            int n = 0;
            while (peek() != ']') {
                if (n == a.length) a = Arrays.copyOf(a, n * 2);
                a[n++] = readDouble();
            }
            pos++;
            return Arrays.copyOf(a, n);
        }
        case "bool": {
            boolean[] a = new boolean[16];
            int n = 0;
            while (peek() != ']') {
                if (n == a.length) a = Arrays.copyOf(a, n * 2);
                a[n++] = readBool();
            }
            pos++;
            return Arrays.copyOf(a, n);
        }
        case "char": {
            StringBuilder sb = new StringBuilder();
            while (peek() != ']')
                sb.append(readString().charAt(0));
            pos++;
            return sb.toString().toCharArray();
        }
        }
        throw new IllegalStateException("driver: array of " + base);
    }

    // ---- checking the user's declared types ----

    static Class<?>[] scalarClasses(String base) {
        switch (base) {
        case "int": return new Class<?>[] { int.class, Integer.class };
        case "long": return new Class<?>[] { long.class, Long.class };
        case "double": return new Class<?>[] { double.class, Double.class };
        case "bool": return new Class<?>[] { boolean.class, Boolean.class };
        case "string": return new Class<?>[] { String.class };
        case "char": return new Class<?>[] { char.class, Character.class };
        case "ListNode": return new Class<?>[] { ListNode.class };
        case "TreeNode": return new Class<?>[] { TreeNode.class };
        }
        return new Class<?>[0];
    }

    static boolean fits(T t, Class<?> c) {
        if (t.dim == 0) {
            for (Class<?> k : scalarClasses(t.base))
                if (k == c)
                    return true;
            return false;
        }
        if (c.isArray())
            return fits(t.elem(), c.getComponentType());
        return c != Object.class && c.isAssignableFrom(ArrayList.class);
    }

    static boolean returns(T t, Class<?> c) {
        if (t.base.equals("void"))
            return true;
        if (t.dim == 0)
            return fits(t, c);
        if (c.isArray())
            return t.dim == 1 ? fits(t.elem(), c.getComponentType()) ||
                (scalarClasses(t.base).length > 1 &&
                 c.getComponentType() == scalarClasses(t.base)[1]) :
                returns(t.elem(), c.getComponentType());
        return Collection.class.isAssignableFrom(c) || c == Iterable.class;
    }

    static String javaName(Class<?> c) {
        return c.isArray() ? javaName(c.getComponentType()) + "[]" : c.getSimpleName();
    }

    // ---- writing results ----

    static void putString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\')
                sb.append('\\').append(c);
            else if (c == '\n')
                sb.append("\\n");
            else if (c < 0x20)
                sb.append(String.format("\\u%04x", (int) c));
            else
                sb.append(c);
        }
        sb.append('"');
    }

    static VdTypeError bad(T t, Object v, String path) {
        return new VdTypeError("expected " + t + (path.isEmpty() ? "" : " at " + path)
            + ", got " + (v == null ? "null" : javaName(v.getClass())));
    }

    static void putDouble(StringBuilder sb, double d) {
        if (Double.isNaN(d))
            sb.append("NaN");
        else if (Double.isInfinite(d))
            sb.append(d > 0 ? "Infinity" : "-Infinity");
        else
            sb.append(d);
    }

    static void putScalar(StringBuilder sb, T t, Object v, String path) {
        switch (t.base) {
        case "int":
            if (v instanceof Integer) { sb.append((int) (Integer) v); return; }
            break;
        case "long":
            if (v instanceof Long || v instanceof Integer) {
                sb.append(((Number) v).longValue());
                return;
            }
            break;
        case "double":
            if (v instanceof Double || v instanceof Float || v instanceof Integer
                || v instanceof Long) {
                putDouble(sb, ((Number) v).doubleValue());
                return;
            }
            break;
        case "bool":
            if (v instanceof Boolean) { sb.append((boolean) (Boolean) v); return; }
            break;
        case "string":
            if (v instanceof String) { putString(sb, (String) v); return; }
            break;
        case "char":
            if (v instanceof Character && (Character) v < 0x80) {
                putString(sb, String.valueOf((char) (Character) v));
                return;
            }
            break;
        case "ListNode":
            if (v == null || v instanceof ListNode) { putList(sb, (ListNode) v); return; }
            break;
        case "TreeNode":
            if (v == null || v instanceof TreeNode) { putTree(sb, (TreeNode) v); return; }
            break;
        }
        throw bad(t, v, path);
    }

    static void putList(StringBuilder sb, ListNode l) {
        ListNode slow = l;
        long step = 0;
        sb.append('[');
        for (; l != null; l = l.next) {
            if (step > 0)
                sb.append(',');
            sb.append(l.val);
            if (++step % 2 == 0) {
                slow = slow.next;
                if (slow == l.next && slow != null)
                    throw new VdTypeError("the returned list has a cycle");
            }
        }
        sb.append(']');
    }

    static void putTree(StringBuilder sb, TreeNode root) {
        if (root == null) {
            sb.append("[]");
            return;
        }
        ArrayList<TreeNode> q = new ArrayList<>();
        IdentityHashMap<TreeNode, Boolean> seen = new IdentityHashMap<>();
        q.add(root);
        sb.append('[');
        int keep = sb.length();
        for (int head = 0; head < q.size(); head++) {
            if (head > 0)
                sb.append(',');
            TreeNode n = q.get(head);
            if (n == null) {
                sb.append("null");
                continue;
            }
            if (seen.put(n, Boolean.TRUE) != null || seen.size() > TREE_MAX)
                throw new VdTypeError("the returned tree has a cycle or shared nodes");
            sb.append(n.val);
            keep = sb.length();
            q.add(n.left);
            q.add(n.right);
        }
        sb.setLength(keep);
        sb.append(']');
    }

    static void put(StringBuilder sb, T t, Object v, String path) {
        if (t.dim == 0) {
            putScalar(sb, t, v, path);
            return;
        }
        sb.append('[');
        if (v instanceof int[] && t.base.equals("int") && t.dim == 1) {
            int[] a = (int[]) v;
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(a[i]);
            }
        } else if (v instanceof long[] && t.base.equals("long") && t.dim == 1) {
            long[] a = (long[]) v;
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(a[i]);
            }
        } else if (v instanceof double[] && t.base.equals("double") && t.dim == 1) {
            double[] a = (double[]) v;
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                putDouble(sb, a[i]);
            }
        } else if (v instanceof boolean[] && t.base.equals("bool") && t.dim == 1) {
            boolean[] a = (boolean[]) v;
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(a[i]);
            }
        } else if (v instanceof char[] && t.base.equals("char") && t.dim == 1) {
            char[] a = (char[]) v;
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                putScalar(sb, t.elem(), a[i], path + "[" + i + "]");
            }
        } else if (v instanceof Object[]) {
            Object[] a = (Object[]) v;
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                put(sb, t.elem(), a[i], path + "[" + i + "]");
            }
        } else if (v instanceof Iterable) {
            int i = 0;
            for (Object x : (Iterable<?>) v) {
                if (i > 0) sb.append(',');
                put(sb, t.elem(), x, path + "[" + i + "]");
                i++;
            }
        } else {
            throw bad(t, v, path);
        }
        sb.append(']');
    }

    // ---- exceptions ----

    static String trace(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        int shown = 0;
        for (StackTraceElement f : e.getStackTrace()) {
            String cn = f.getClassName();
            if (cn.equals("Main") || cn.startsWith("Main$") ||
                cn.startsWith("jdk.internal.reflect.") || cn.startsWith("java.lang.reflect."))
                break;
            if (++shown > 12) {
                sb.append("\n  ...");
                break;
            }
            sb.append("\n  at ").append(f);
        }
        return sb.toString();
    }

    // ---- running ----

    static Method findMethod(Class<?> cls, String name, String[] params, String ret, String proto) {
        Method found = null;
        for (Method m : cls.getMethods())
            if (m.getName().equals(name))
                found = m;
        if (found == null)
            for (Method m : cls.getDeclaredMethods())
                if (m.getName().equals(name))
                    found = m;
        if (found == null) {
            emitMsg("ce", userFile + ": class " + cls.getSimpleName() + " has no method " + proto);
            throw new Stop();
        }
        found.setAccessible(true);
        Class<?>[] pt = found.getParameterTypes();
        boolean ok = pt.length == params.length;
        for (int i = 0; ok && i < pt.length; i++)
            ok = fits(new T(params[i]), pt[i]);
        if (!ok) {
            StringBuilder got = new StringBuilder();
            for (int i = 0; i < pt.length; i++)
                got.append(i > 0 ? ", " : "").append(javaName(pt[i]));
            emitMsg("ce", userFile + ": " + name + "(" + got + ") does not match the signature " + proto);
            throw new Stop();
        }
        if (!returns(new T(ret), found.getReturnType())) {
            emitMsg("ce", userFile + ": " + name + " returns " + javaName(found.getReturnType())
                + ", expected " + proto);
            throw new Stop();
        }
        return found;
    }

    static Object[] readArgs(Method m, Class<?>[] pt, String[] params) {
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++)
            args[i] = read(new T(params[i]), pt[i]);
        return args;
    }

    static Object call(Method m, Object obj, Object[] args) throws Throwable {
        try {
            return m.invoke(obj, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static String runFunction(Method m, Constructor<?> ctor) throws Throwable {
        Object[] args = readArgs(m, m.getParameterTypes(), VD_PARAMS[0]);
        Object sol;
        try {
            sol = ctor.newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Object r = call(m, sol, args);
        StringBuilder sb = new StringBuilder();
        if (VD_INPLACE >= 0)
            put(sb, new T(VD_PARAMS[0][VD_INPLACE]), args[VD_INPLACE], "");
        else
            put(sb, new T(VD_RETS[0]), r, "");
        return sb.toString();
    }

    static String runDesign(Method[] ms, Constructor<?> ctor) throws Throwable {
        ArrayList<String> ops = new ArrayList<>();
        expect('[');
        while (peek() != ']')
            ops.add(readString());
        pos++;
        expect('[');
        expect('[');
        Object[] cargs = new Object[VD_PARAMS[0].length];
        Class<?>[] cpt = ctor.getParameterTypes();
        for (int i = 0; i < cargs.length; i++)
            cargs[i] = read(new T(VD_PARAMS[0][i]), cpt[i]);
        expect(']');
        Object obj;
        try {
            obj = ctor.newInstance(cargs);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        StringBuilder sb = new StringBuilder("[null");
        for (int k = 1; k < ops.size(); k++) {
            int mi = 1;
            while (!VD_METHODS[mi].equals(ops.get(k)))
                mi++;
            Method m = ms[mi];
            expect('[');
            Object[] args = readArgs(m, m.getParameterTypes(), VD_PARAMS[mi]);
            expect(']');
            Object r = call(m, obj, args);
            sb.append(',');
            if (VD_RETS[mi].equals("void"))
                sb.append("null");
            else
                put(sb, new T(VD_RETS[mi]), r, ops.get(k) + "()");
        }
        expect(']');
        return sb.append(']').toString();
    }

    static Constructor<?> findCtor(Class<?> cls, String[] params) {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            Class<?>[] pt = c.getParameterTypes();
            boolean ok = pt.length == params.length;
            for (int i = 0; ok && i < pt.length; i++)
                ok = fits(new T(params[i]), pt[i]);
            if (ok) {
                c.setAccessible(true);
                return c;
            }
        }
        emitMsg("ce", userFile + ": class " + cls.getSimpleName() + " has no constructor "
            + VD_PROTOS[0]);
        throw new Stop();
    }

    static void runAll() throws IOException {
        in = System.in.readAllBytes();
        pos = 0;
        int n = (int) readLong();
        Method[] ms = new Method[VD_METHODS.length];
        Constructor<?> ctor;
        try {
            if (VD_DESIGN) {
                ctor = findCtor(VD_CLASS, VD_PARAMS[0]);
                for (int i = 1; i < ms.length; i++)
                    ms[i] = findMethod(VD_CLASS, VD_METHODS[i], VD_PARAMS[i], VD_RETS[i], VD_PROTOS[i]);
            } else {
                ctor = findCtor(VD_CLASS, new String[0]);
                ms[0] = findMethod(VD_CLASS, VD_METHODS[0], VD_PARAMS[0], VD_RETS[0], VD_PROTOS[0]);
            }
        } catch (Stop s) {
            return;
        }
        for (int t = 0; t < n; t++) {
            String text;
            try {
                text = VD_DESIGN ? runDesign(ms, ctor) : runFunction(ms[0], ctor);
            } catch (VdTypeError e) {
                emitMsg("re", "wrong result type from " + VD_METHODS[0] + ": " + e.getMessage());
                return;
            } catch (Throwable e) {
                emitMsg("re", trace(e));
                return;
            }
            emit("ok", text);
        }
    }

    public static void main(String[] argv) throws Exception {
        userFile = VD_CLASS.getSimpleName() + ".java";
        try {
            res = new FileOutputStream("/proc/self/fd/3");
        } catch (IOException e) {
            res = new FileOutputStream("/dev/fd/3");
        }
        Throwable[] err = new Throwable[1];
        Thread th = new Thread(null, () -> {
            try {
                runAll();
            } catch (Throwable e) {
                err[0] = e;
            }
        }, "main", 512L << 20);
        th.start();
        th.join();
        System.out.flush();
        if (err[0] != null) {
            emitMsg("re", trace(err[0]));
        }
        System.exit(0);
    }
}
